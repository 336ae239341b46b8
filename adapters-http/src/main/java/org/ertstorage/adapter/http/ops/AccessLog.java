package org.ertstorage.adapter.http.ops;

import java.util.Locale;
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

    static String line(String method, String route, int status, float durationMillis, long bytesIn, long bytesOut,
            String requestId) {
        return String.format(Locale.ROOT, "method=%s route=%s status=%d duration_ms=%.1f bytes_in=%d bytes_out=%d request_id=%s",
                method, route, status, durationMillis, bytesIn, bytesOut, requestId);
    }
}
