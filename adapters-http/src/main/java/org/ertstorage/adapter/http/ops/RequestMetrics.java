package org.ertstorage.adapter.http.ops;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Per route template, method and status: request count and latency ({@code http.server.requests}),
 * body bytes in and out ({@code http.server.request.size}, {@code http.server.response.size}).
 */
final class RequestMetrics {

    private final MeterRegistry registry;

    RequestMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "'registry' must not be null");
    }

    void record(Exchange exchange) {
        var tags = Tags.of("method", exchange.method(), "route", exchange.route(), "status",
                Integer.toString(exchange.status()));
        Timer.builder("http.server.requests").description("HTTP requests answered").tags(tags).register(registry)
                .record((long) (exchange.durationMillis() * 1_000_000L), TimeUnit.NANOSECONDS);
        if (exchange.bytesIn() >= 0) {
            DistributionSummary.builder("http.server.request.size").baseUnit("bytes").tags(tags).register(registry)
                    .record(exchange.bytesIn());
        }
        if (exchange.bytesOut() >= 0) {
            DistributionSummary.builder("http.server.response.size").baseUnit("bytes").tags(tags).register(registry)
                    .record(exchange.bytesOut());
        }
    }
}
