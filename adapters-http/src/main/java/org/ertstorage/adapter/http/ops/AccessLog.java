package org.ertstorage.adapter.http.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request through SLF4J logger {@code org.ertstorage.access}, in {@code key=value} form
 * that log shippers parse without a pattern: method, route template (not the path, so ids stay out of
 * log aggregations), status, duration, bytes read and written, request id.
 */
final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.ertstorage.access");

    private AccessLog() {
    }

    static void log(Exchange exchange) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(exchange.method(), exchange.route(), exchange.status(), exchange.durationMillis(),
                    exchange.bytesIn(), exchange.bytesOut(), exchange.requestId()));
        }
    }

    /** Built by hand: {@code String.format} cost more than the rest of a small request's logging. */
    static String line(String method, String route, int status, float durationMillis, long bytesIn, long bytesOut,
            String requestId) {
        long tenths = Math.round(durationMillis * 10.0);
        return new StringBuilder(160).append("method=").append(method).append(" route=").append(route)
                .append(" status=").append(status).append(" duration_ms=").append(tenths / 10).append('.')
                .append(tenths % 10).append(" bytes_in=").append(bytesIn).append(" bytes_out=").append(bytesOut)
                .append(" request_id=").append(requestId).toString();
    }
}
