package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import org.ertstorage.adapter.formats.JsonDialect;

/** A 200 answer with a JSON body; {@code null} for the operations that return nothing, as the original does. */
final class JsonAnswer {

    private JsonAnswer() {
    }

    static void send(Context ctx, Object body) {
        ctx.status(200).contentType("application/json").result(body == null ? "null" : JsonDialect.write(body));
    }

    static void sendNull(Context ctx) {
        send(ctx, null);
    }
}
