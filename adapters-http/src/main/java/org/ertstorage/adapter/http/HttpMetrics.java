package org.ertstorage.adapter.http;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the HTTP adapter records its request metrics, and the text {@code GET /metrics} answers
 * (Prometheus exposition format when the composition root passes a Prometheus registry).
 */
public record HttpMetrics(MeterRegistry registry, Supplier<String> scrape) {

    public HttpMetrics {
        Objects.requireNonNull(registry, "'registry' must not be null");
        Objects.requireNonNull(scrape, "'scrape' must not be null");
    }

    /** Counted in memory and exposed nowhere: for servers whose metrics nobody reads. */
    public static HttpMetrics unexposed() {
        return new HttpMetrics(new SimpleMeterRegistry(), () -> "");
    }
}
