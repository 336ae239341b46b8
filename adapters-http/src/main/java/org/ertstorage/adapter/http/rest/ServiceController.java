package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;

/** The service routes: the redirect to the API docs, the health check and the server's identity. */
public final class ServiceController {

    /** Clients compare this name to tell which server they talk to; it must not change. */
    static final String SERVER_NAME = "Ert Storage Server";

    private final String version;

    public ServiceController(String version) {
        this.version = version;
    }

    public void root(Context ctx) {
        ctx.redirect("/docs", HttpStatus.TEMPORARY_REDIRECT);
    }

    public void healthcheck(Context ctx) {
        JsonAnswer.send(ctx, "ALL OK!");
    }

    public void info(Context ctx) {
        var info = new LinkedHashMap<String, String>();
        info.put("name", SERVER_NAME);
        info.put("version", version);
        JsonAnswer.send(ctx, info);
    }
}
