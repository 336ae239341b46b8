package org.ertstorage.adapter.http.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Per route template, method and status: request count and latency ({@code http.server.requests}),
 * body bytes in and out ({@code http.server.request.size}, {@code http.server.response.size}).
 * And what ERT's operators watch: records written by type ({@code ert.records.written}), ensembles
 * created and completions acknowledged ({@code ert.ensembles.created}, {@code ert.ensembles.completed}),
 * counted from the successful answers of the routes that do them.
 */
final class RequestMetrics {

    /** Successful route → the domain event it stands for. */
    private static final Map<String, String[]> DOMAIN_EVENTS = Map.of(
            "POST /ensembles/{ensemble_id}/records/{name}/matrix", new String[] {"ert.records.written", "type", "f64_matrix"},
            "POST /ensembles/{ensemble_id}/records/{name}/file", new String[] {"ert.records.written", "type", "file"},
            "PATCH /ensembles/{ensemble_id}/records/{name}/blob", new String[] {"ert.records.written", "type", "blob"},
            "POST /experiments/{experiment_id}/ensembles", new String[] {"ert.ensembles.created"},
            "POST /ensembles/{ensemble_id}/complete", new String[] {"ert.ensembles.completed"});

    private final MeterRegistry registry;
    /**
     * The meters of each method, route and status met so far: a bounded set (route templates, not
     * paths), looked up once per request instead of building and registering three meter ids.
     */
    private final ConcurrentMap<Key, Meters> meters = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "'registry' must not be null");
    }

    void record(Exchange exchange) {
        var meters = this.meters.computeIfAbsent(new Key(exchange.method(), exchange.route(), exchange.status()),
                this::register);
        meters.requests().record((long) (exchange.durationMillis() * 1_000_000L), TimeUnit.NANOSECONDS);
        if (exchange.bytesIn() >= 0) {
            meters.requestSizes().record(exchange.bytesIn());
        }
        if (exchange.bytesOut() >= 0) {
            meters.responseSizes().record(exchange.bytesOut());
        }
        if (meters.event() != null) {
            meters.event().increment();
        }
    }

    private record Key(String method, String route, int status) {
    }

    /** @param event the domain event's counter, null when the answer stands for none */
    private record Meters(Timer requests, DistributionSummary requestSizes, DistributionSummary responseSizes,
            Counter event) {
    }

    private Meters register(Key key) {
        var tags = Tags.of("method", key.method(), "route", key.route(), "status", Integer.toString(key.status()));
        var event = DOMAIN_EVENTS.get(key.method() + " " + key.route());
        return new Meters(
                Timer.builder("http.server.requests").description("HTTP requests answered").tags(tags).register(registry),
                DistributionSummary.builder("http.server.request.size").baseUnit("bytes").tags(tags).register(registry),
                DistributionSummary.builder("http.server.response.size").baseUnit("bytes").tags(tags).register(registry),
                event != null && key.status() == 200
                        ? Counter.builder(event[0]).tags(Tags.of(Arrays.copyOfRange(event, 1, event.length))).register(registry)
                        : null);
    }
}
