package org.ertstorage.adapter.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.ertstorage.adapter.http.error.HttpErrors;
import org.ertstorage.adapter.http.error.JsonErrorHandler;
import org.ertstorage.adapter.http.ops.AnsweredRequests;
import org.ertstorage.adapter.http.ops.HealthController;
import org.ertstorage.adapter.http.ops.InFlightRequests;
import org.ertstorage.adapter.http.ops.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API served by Javalin (Jetty) until {@link #stop()}. */
public final class HttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Javalin app;
    private final Routes routes;
    private final InFlightRequests inFlight;
    private final Duration shutdownTimeout;

    private HttpServer(Javalin app, Routes routes, InFlightRequests inFlight, Duration shutdownTimeout) {
        this.app = app;
        this.routes = routes;
        this.inFlight = inFlight;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** Starts listening, with nothing for readiness to check but the server itself and no metrics exposed. */
    public static HttpServer start(HttpUseCases useCases, HttpSettings settings) {
        return start(useCases, settings, List.of(), HttpMetrics.unexposed());
    }

    /**
     * Starts listening on the settings' host and port; returns once the server accepts requests.
     *
     * @param readiness what {@code GET /health/ready} probes, such as the database and the blob store
     * @param metrics where request metrics go, and what {@code GET /metrics} answers
     */
    public static HttpServer start(HttpUseCases useCases, HttpSettings settings, List<ReadinessCheck> readiness,
            HttpMetrics metrics) {
        Objects.requireNonNull(useCases, "'useCases' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(metrics, "'metrics' must not be null");
        var inFlight = new InFlightRequests();
        var answered = new AnsweredRequests(metrics.registry(), inFlight);
        var routes = new Routes(useCases, settings, new HealthController(readiness), metrics.scrape());
        var app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true;
            // Bodies read whole (JSON, CSV, Parquet records) stop here; streamed ones (blobs, npy
            // records, bulk rows) read past it.
            config.http.maxRequestSize = settings.maxRequestBytes();
            // File parts beyond 1 MiB go to a temporary file, so a large single-shot upload
            // streams through disk; blob blocks are read from the body stream, never whole.
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.routes.before(RequestIds::assign);
            config.routes.before(inFlight::enter);
            config.requestLogger.http(answered::answered);
            HttpErrors.register(config.routes, settings.maxRequestBytes());
            routes.register(config.routes);
        });
        app.start(settings.host(), settings.port());
        return new HttpServer(app, routes, inFlight, settings.shutdownTimeout());
    }

    /** The port listened on, which is the chosen one when the settings asked for port 0. */
    public int port() {
        return app.port();
    }

    /** How many requests are being served now, for tests that stop the server under load. */
    int requestsInFlight() {
        return inFlight.count();
    }

    /** The registered API operations, for the test that holds them against {@code /openapi.json}. */
    List<String> apiOperations() {
        return routes.apiOperations();
    }

    /**
     * Stops gracefully: closes the listening socket so no new connection is accepted, answers 503 to
     * new requests on open connections, lets the requests in flight finish for up to the settings'
     * shutdown timeout, then stops Jetty.
     */
    public void stop() {
        // Only the listening socket closes; Jetty's graceful connector shutdown would also cut the
        // bodies still being read.
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof NetworkConnector listening) {
                listening.close();
            }
        }
        LOG.info("Stopping: no new connections; requests in flight get up to {} to finish", shutdownTimeout);
        try {
            int left = inFlight.drain(shutdownTimeout);
            if (left > 0) {
                LOG.warn("{} request(s) still running after the shutdown timeout of {}; stopping anyway", left,
                        shutdownTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
    }
}
