package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ertstorage.adapter.http.ReadinessCheck;
import org.ertstorage.adapter.formats.JsonDialect;

/**
 * Liveness ({@code GET /health/live}: the process serves HTTP) and readiness ({@code GET /health/ready}:
 * every dependency answers), for load balancers and orchestrators.
 * Both are open, like {@code /healthcheck}.
 */
public final class HealthController {

    /** A probe that hangs (a pool waiting for a connection) must not hang the orchestrator's poll. */
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);
    private static final String UP = "UP";
    private static final String DOWN = "DOWN";

    private final List<ReadinessCheck> checks;

    /** While the server drains for shutdown, {@link InFlightRequests} answers 503 before the probes run. */
    public HealthController(List<ReadinessCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public void live(Context ctx) {
        answer(ctx, 200, Map.of("status", UP));
    }

    public void ready(Context ctx) {
        var results = new LinkedHashMap<String, Object>();
        // Probes run side by side on their own virtual threads; one that overruns is abandoned, not awaited.
        var pending = new LinkedHashMap<String, CompletableFuture<Boolean>>();
        checks.forEach(check -> pending.put(check.name(),
                CompletableFuture.supplyAsync(check.probe()::getAsBoolean, task -> Thread.ofVirtual().start(task))));
        long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
        pending.forEach((name, probe) -> results.put(name, outcome(probe, deadline) ? UP : DOWN));
        boolean ready = results.values().stream().allMatch(UP::equals);
        var body = new LinkedHashMap<String, Object>();
        body.put("status", ready ? UP : DOWN);
        body.put("checks", results);
        answer(ctx, ready ? 200 : 503, body);
    }

    private static boolean outcome(CompletableFuture<Boolean> probe, long deadline) {
        try {
            return probe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void answer(Context ctx, int status, Map<String, ?> body) {
        // Probes must never be answered from a cache between the orchestrator and the server.
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).contentType("application/json").result(JsonDialect.write(body));
    }
}
