package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.junit.jupiter.api.Test;

/** Issue 6: stopping the server refuses new connections but lets a request in flight finish. */
class GracefulStopTest {

    private static final String TOKEN = "graceful";
    private static final Map<String, String> HEADERS = Map.of("Token", TOKEN, "Content-Type", "application/json");

    private static HttpServer start(Duration shutdownTimeout) {
        var server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of(TOKEN), "test", 1024, shutdownTimeout));
        // The first request of a fresh server loads classes for a while; it must not be the slow one.
        new ApiClient(URI.create("http://127.0.0.1:" + server.port()), TOKEN).get("/experiments").expect(200);
        return server;
    }

    private static void awaitInFlight(HttpServer server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.requestsInFlight() == 0) {
            assertTrue(System.nanoTime() < deadline, "the request never reached a handler");
            Thread.sleep(10);
        }
    }

    @Test
    void givenRequestInFlight_stop_refusesNewConnectionsAndAnswersItBeforeStopping() throws Exception {
        var server = start(Duration.ofSeconds(20));
        var base = URI.create("http://127.0.0.1:" + server.port());
        try (var request = SlowRequest.begin(base, "POST", "/experiments", HEADERS, "{\"name\":\"in-fli", "ght\"}")) {
            awaitInFlight(server);
            var stopped = CompletableFuture.runAsync(server::stop);
            Thread.sleep(500);
            assertFalse(stopped.isDone(), "stop() returned while a request was in flight");
            assertThrows(ConnectException.class, () -> HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base.resolve("/health/live")).build(), HttpResponse.BodyHandlers.ofString()));

            var answer = request.finish("ght\"}");
            assertEquals(200, answer.status(), answer.body());
            assertTrue(answer.body().contains("\"name\":\"in-flight\""), answer.body());
            stopped.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void givenRequestOutlastingTheTimeout_stop_returnsAfterTheTimeout() throws Exception {
        var server = start(Duration.ofMillis(300));
        var base = URI.create("http://127.0.0.1:" + server.port());
        try (var request = SlowRequest.begin(base, "POST", "/experiments", HEADERS, "{\"name\":\"too-", "slow\"}")) {
            awaitInFlight(server);
            long started = System.nanoTime();
            server.stop();
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
            try {
                assertNotEquals(200, request.finish("slow\"}").status());
            } catch (IOException | RuntimeException cut) {
                // The connection was cut: what stopping after the timeout means.
            }
        }
    }
}
