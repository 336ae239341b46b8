package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: PostgreSQL stopped under load. Clients upload records while a private cluster is
 * stopped ({@code pg_ctl stop -m fast}) and started again under the running server. While it is
 * down every request fails fast with 503 and Retry-After (never a 500, never a hang) and
 * readiness is DOWN; once it is back the same server serves again; every acknowledged record
 * reads back bit-exactly and every other one is absent or whole (one transaction per use case, D-46).
 * <p>
 * {@code -Dert.fault.clients} (8) and {@code -Dert.fault.outage.seconds} (5) size it.
 */
class PostgresFaultTest {

    private static final int PORT = 55433;
    private static final int CLIENTS = Integer.getInteger("ert.fault.clients", 8);
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("ert.fault.outage.seconds", 5));
    /** The pool's connection timeout (5 s) plus room for a loaded machine: no request may take longer. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(10);

    /** What happened to one upload. */
    private record Upload(int realization, int status, long nanos, String retryAfter, String body) {
    }

    @Test
    void givenLoad_postgresStoppedAndRestarted_failsFastThenRecoversAndLosesNothing() throws Exception {
        try (var cluster = PrivatePostgresCluster.start(PORT); var server = TestServer.start(cluster.database(4))) {
            var api = new ApiClient(server.baseUri(), TestServer.TOKEN);
            var experiment = api.post("/experiments", "{\"name\":\"fault-" + UUID.randomUUID() + "\"}").expect(200)
                    .get("id").asText();
            // Size -1 (unknown) takes any realization index, so the clients never run out.
            var ensemble = api.post("/experiments/" + experiment + "/ensembles",
                    "{\"size\":-1,\"parameter_names\":[],\"response_names\":[\"resp\"]}").expect(200).get("id").asText();

            var uploads = new ConcurrentLinkedQueue<Upload>();
            var next = new AtomicInteger();
            var running = new AtomicBoolean(true);
            try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
                for (int c = 0; c < CLIENTS; c++) {
                    clients.submit(() -> {
                        while (running.get()) {
                            uploads.add(upload(api, ensemble, next.getAndIncrement()));
                        }
                        return null;
                    });
                }
                awaitAcknowledged(uploads, 200, Duration.ofSeconds(60));

                cluster.stopServer();
                int beforeOutage = uploads.size();
                long outageStart = System.nanoTime();
                var ready = api.get("/health/ready");
                assertEquals(503, ready.status(), ready.body());
                assertTrue(ready.body().contains("\"database\":\"DOWN\""), ready.body());
                Thread.sleep(OUTAGE.toMillis());
                var duringOutage = uploads.stream().skip(beforeOutage).toList();

                cluster.startServer();
                long recoveryStart = System.nanoTime();
                awaitReady(api, Duration.ofSeconds(60));
                int afterRestart = uploads.size();
                awaitAcknowledged(uploads, countOk(uploads) + 200, Duration.ofSeconds(60));
                running.set(false);

                assertOutageAnsweredFast(duringOutage);
                System.out.printf("PostgresFaultTest: %d clients, %d uploads, %d acknowledged; outage %d ms: %d answered 503,"
                        + " slowest %d ms; ready again %d ms after restart; %d acknowledged after it%n", CLIENTS,
                        uploads.size(), countOk(uploads), (recoveryStart - outageStart) / 1_000_000, duringOutage.size(),
                        duringOutage.stream().mapToLong(Upload::nanos).max().orElse(0) / 1_000_000,
                        (System.nanoTime() - recoveryStart) / 1_000_000,
                        uploads.stream().skip(afterRestart).filter(u -> u.status() == 200).count());
            }
            assertNoServerErrors(uploads);
            assertStoredExactlyOrAbsent(api, ensemble, uploads);
        }
    }

    private static Upload upload(ApiClient api, String ensemble, int realization) {
        long start = System.nanoTime();
        ApiResponse response = api.send("POST", "/ensembles/" + ensemble + "/records/resp/matrix?realization_index="
                + realization, Arrays.toString(values(realization)), Map.of("Content-Type", "application/json"));
        return new Upload(realization, response.status(), System.nanoTime() - start, response.header("Retry-After"),
                response.body());
    }

    /** Values that round-trip through JSON only if every bit is kept. */
    private static double[] values(int realization) {
        return new double[] {realization + 0.1, -Math.PI * realization, realization * 1e-300, Math.nextUp(realization)};
    }

    private static long countOk(ConcurrentLinkedQueue<Upload> uploads) {
        return uploads.stream().filter(upload -> upload.status() == 200).count();
    }

    private static void awaitAcknowledged(ConcurrentLinkedQueue<Upload> uploads, long count, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (countOk(uploads) < count) {
            assertTrue(System.nanoTime() < deadline, "fewer than " + count + " uploads acknowledged in " + limit);
            Thread.sleep(50);
        }
    }

    private static void awaitReady(ApiClient api, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (api.get("/health/ready").status() != 200) {
            assertTrue(System.nanoTime() < deadline, "not ready " + limit + " after PostgreSQL was back");
            Thread.sleep(100);
        }
    }

    private static void assertOutageAnsweredFast(List<Upload> duringOutage) {
        assertTrue(duringOutage.stream().anyMatch(upload -> upload.status() == 503), "no upload answered 503 in the outage");
        for (Upload upload : duringOutage) {
            assertTrue(upload.nanos() < FAIL_FAST.toNanos(), "realization " + upload.realization() + " took "
                    + upload.nanos() / 1_000_000 + " ms");
            if (upload.status() == 503) {
                assertTrue(upload.retryAfter() != null && Integer.parseInt(upload.retryAfter()) > 0, upload.toString());
                assertEquals("{\"detail\":\"Storage unavailable, retry later\"}", upload.body());
            }
        }
    }

    private static void assertNoServerErrors(ConcurrentLinkedQueue<Upload> uploads) {
        var unexpected = uploads.stream().filter(upload -> upload.status() != 200 && upload.status() != 503).toList();
        assertTrue(unexpected.isEmpty(), "answers other than 200 and 503: " + unexpected.stream().limit(5).toList());
    }

    /**
     * Every acknowledged upload reads back bit for bit; every refused one is absent, or whole when
     * its commit went through before the connection was lost (no half-written record either way).
     */
    private static void assertStoredExactlyOrAbsent(ApiClient api, String ensemble, ConcurrentLinkedQueue<Upload> uploads) {
        var problems = new ArrayList<String>();
        var acknowledged = ConcurrentHashMap.<Integer>newKeySet();
        uploads.stream().filter(upload -> upload.status() == 200).forEach(upload -> acknowledged.add(upload.realization()));
        for (Upload upload : uploads) {
            var response = api.get("/ensembles/" + ensemble + "/records/resp?realization_index=" + upload.realization());
            boolean ok = acknowledged.contains(upload.realization()) ? response.status() == 200 && exact(response, upload)
                    : response.status() == 404 || response.status() == 200 && exact(response, upload);
            if (!ok) {
                problems.add(upload + " read " + response.status() + " " + response.body());
            }
        }
        var listed = api.get("/ensembles/" + ensemble + "/records").expect(200);
        assertTrue(problems.isEmpty(), problems.size() + " records lost or half-written: " + problems.stream().limit(5).toList());
        assertEquals(1, listed.size(), "records listed: " + listed);
        System.out.printf("PostgresFaultTest: %d acknowledged records read back bit-exactly, 0 lost%n", acknowledged.size());
    }

    private static boolean exact(ApiResponse response, Upload upload) {
        var json = response.json();
        var row = json.size() > 0 && json.get(0).isArray() ? json.get(0) : json;
        var expected = values(upload.realization());
        if (row == null || row.size() != expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(row.get(i).doubleValue()) != Double.doubleToRawLongBits(expected[i])) {
                return false;
            }
        }
        return true;
    }
}
