package org.ertstorage.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.util.List;
import java.util.Objects;
import org.ertstorage.adapter.http.error.HttpErrors;
import org.ertstorage.adapter.http.ops.AccessLog;
import org.ertstorage.adapter.http.ops.HealthController;
import org.ertstorage.adapter.http.ops.RequestIds;

/** The REST API served by Javalin (Jetty) until {@link #stop()}. */
public final class HttpServer {

    private final Javalin app;
    private final Routes routes;

    private HttpServer(Javalin app, Routes routes) {
        this.app = app;
        this.routes = routes;
    }

    /** Starts listening, with nothing for readiness to check but the server itself. */
    public static HttpServer start(HttpUseCases useCases, HttpSettings settings) {
        return start(useCases, settings, List.of());
    }

    /**
     * Starts listening on the settings' host and port; returns once the server accepts requests.
     *
     * @param readiness what {@code GET /health/ready} probes, such as the database and the blob store
     */
    public static HttpServer start(HttpUseCases useCases, HttpSettings settings, List<ReadinessCheck> readiness) {
        Objects.requireNonNull(useCases, "'useCases' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        var routes = new Routes(useCases, settings, new HealthController(readiness, () -> false));
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            // Bodies read whole (JSON, CSV, npy, parquet) stop here; streamed blob routes read past it.
            config.http.maxRequestSize = settings.maxRequestBytes();
            // File parts beyond 1 MiB go to a temporary file, so a large single-shot upload
            // streams through disk; blob blocks are read from the body stream, never whole.
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.routes.before(RequestIds::assign);
            config.requestLogger.http(AccessLog::log);
            HttpErrors.register(config.routes, settings.maxRequestBytes());
            routes.register(config.routes);
        });
        app.start(settings.host(), settings.port());
        return new HttpServer(app, routes);
    }

    /** The port listened on, which is the chosen one when the settings asked for port 0. */
    public int port() {
        return app.port();
    }

    /** The registered API operations, for the test that holds them against {@code /openapi.json}. */
    List<String> apiOperations() {
        return routes.apiOperations();
    }

    public void stop() {
        app.stop();
    }
}
