package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/** What happens once a request is answered: its access line, its metrics, and it no longer counts as in flight. */
public final class AnsweredRequests {

    private final RequestMetrics metrics;
    private final InFlightRequests inFlight;

    public AnsweredRequests(MeterRegistry registry, InFlightRequests inFlight) {
        this.metrics = new RequestMetrics(registry);
        this.inFlight = Objects.requireNonNull(inFlight, "'inFlight' must not be null");
        Gauge.builder("http.server.requests.in.flight", inFlight, InFlightRequests::count)
                .description("HTTP requests being served now").register(registry);
    }

    /** Javalin's request logger: runs once per request, after the answer is written. */
    public void answered(Context ctx, Float durationMillis) {
        try {
            var exchange = Exchange.of(ctx, durationMillis);
            AccessLog.log(exchange);
            metrics.record(exchange);
        } finally {
            inFlight.leave(ctx);
        }
    }
}
