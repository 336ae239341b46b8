package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request through SLF4J logger {@code org.ertstorage.access}, in {@code key=value} form
 * that log shippers parse without a pattern: method, route template (not the path, so ids stay out of
 * log aggregations), status, duration, bytes read and written, request id.
 */
public final class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.ertstorage.access");

    private AccessLog() {
    }

    /** Javalin's request logger: runs once the answer is written. */
    public static void log(Context ctx, Float durationMillis) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        var jetty = ServletContextRequest.getServletContextRequest(ctx.req());
        long bytesIn = jetty == null ? -1 : Request.getContentBytesRead(jetty);
        // Counted by the servlet output stream: the last bytes may still sit in its buffer, unflushed.
        long bytesOut = jetty == null ? -1 : jetty.getServletContextResponse().getHttpOutput().getWritten();
        var route = ctx.endpoint() == null ? "-" : ctx.endpoint().path;
        LOG.info(line(ctx.method().name(), route, ctx.statusCode(), durationMillis, bytesIn, bytesOut, RequestIds.of(ctx)));
    }

    static String line(String method, String route, int status, float durationMillis, long bytesIn, long bytesOut,
            String requestId) {
        return String.format(Locale.ROOT, "method=%s route=%s status=%d duration_ms=%.1f bytes_in=%d bytes_out=%d request_id=%s",
                method, route, status, durationMillis, bytesIn, bytesOut, requestId);
    }
}
