package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * One answered request as the access log and the metrics see it.
 *
 * @param route the route template, not the path, so that ids stay out of logs and metric labels
 * @param bytesIn bytes of body read, -1 when unknown
 * @param bytesOut bytes of body written, -1 when unknown
 */
record Exchange(String method, String route, int status, float durationMillis, long bytesIn, long bytesOut,
        String requestId) {

    /** Javalin's request logger sees the context once the answer is written. */
    static Exchange of(Context ctx, Float durationMillis) {
        var jetty = ServletContextRequest.getServletContextRequest(ctx.req());
        long bytesIn = jetty == null ? -1 : Request.getContentBytesRead(jetty);
        // Counted by the servlet output stream: the last bytes may still sit in its buffer, unflushed.
        long bytesOut = jetty == null ? -1 : jetty.getServletContextResponse().getHttpOutput().getWritten();
        var route = ctx.endpoint() == null ? "-" : ctx.endpoint().path;
        return new Exchange(ctx.method().name(), route, ctx.statusCode(), durationMillis, bytesIn, bytesOut,
                RequestIds.of(ctx));
    }
}
