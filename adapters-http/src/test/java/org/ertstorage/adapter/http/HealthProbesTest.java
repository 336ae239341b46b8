package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 6: liveness and readiness as an orchestrator polls them, with dependencies that fail. */
class HealthProbesTest {

    private final AtomicBoolean databaseUp = new AtomicBoolean(true);
    private final AtomicBoolean blobsHang = new AtomicBoolean(false);
    private HttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        var checks = List.of(new ReadinessCheck("database", databaseUp::get), new ReadinessCheck("blobStore", () -> {
            while (blobsHang.get()) {
                Thread.onSpinWait();
            }
            return true;
        }));
        server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of("secret"), "test"), checks, HttpMetrics.unexposed());
        api = new ApiClient(java.net.URI.create("http://127.0.0.1:" + server.port()), null);
    }

    @AfterEach
    void stop() {
        blobsHang.set(false);
        server.stop();
    }

    @Test
    void givenEveryDependencyUp_ready_answersUpNamingEachCheck() {
        var response = api.get("/health/ready");
        assertEquals("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"blobStore\":\"UP\"}}", response.body());
        assertEquals(200, response.status());
        assertEquals("no-store", response.header("Cache-Control"));
    }

    @Test
    void givenDatabaseDown_ready_answersServiceUnavailableNamingTheDatabase() {
        databaseUp.set(false);
        var response = api.get("/health/ready");
        assertEquals(503, response.status());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\",\"blobStore\":\"UP\"}}", response.body());
    }

    @Test
    void givenHangingBlobStore_ready_answersDownWithinTheCheckTimeout() {
        blobsHang.set(true);
        long started = System.nanoTime();
        var response = api.get("/health/ready");
        var took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, response.status());
        assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"UP\",\"blobStore\":\"DOWN\"}}", response.body());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
    }

    @Test
    void givenDatabaseDown_live_stillAnswersUp() {
        databaseUp.set(false);
        var response = api.get("/health/live");
        assertEquals(200, response.status());
        assertEquals("{\"status\":\"UP\"}", response.body());
    }
}
