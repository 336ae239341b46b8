package org.ertstorage.adapter.http.error;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.ertstorage.adapter.formats.JsonDialect;

/**
 * Jetty's answers to requests it refuses before any route runs (a NUL or a malformed escape in the
 * path, a bad header): {@code {"detail":"Bad Request"}} like the routes' plain errors, instead of
 * Jetty's HTML page.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        var reason = HttpStatus.getMessage(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        var body = JsonDialect.write(Map.of("detail", reason == null ? "Error" : reason));
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
