package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.junit.jupiter.api.Test;

/** Issue 6: request count, latency and bytes per route template, method and status; {@code /metrics} serves the scrape. */
class RequestMetricsTest {

    @Test
    void givenTraffic_registry_countsPerRouteTemplateAndStatus() {
        var registry = new SimpleMeterRegistry();
        var server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of("m"), "test"), List.of(),
                new HttpMetrics(registry, () -> "# scraped\n"));
        try {
            var api = new ApiClient(URI.create("http://127.0.0.1:" + server.port()), "m");
            api.post("/experiments", "{\"name\":\"metrics\"}").expect(200);
            api.get("/experiments/3f1c1a7e-0000-4000-8000-000000000001").expect(404);
            api.get("/experiments/3f1c1a7e-0000-4000-8000-000000000002").expect(404);

            var misses = registry.find("http.server.requests")
                    .tags("method", "GET", "route", "/experiments/{experiment_id}", "status", "404").timer();
            assertNotNull(misses, registry.getMetersAsString());
            assertEquals(2, misses.count());
            var created = registry.find("http.server.request.size").tags("route", "/experiments", "status", "200").summary();
            assertNotNull(created, registry.getMetersAsString());
            assertEquals("{\"name\":\"metrics\"}".length(), created.totalAmount());
            assertTrue(registry.find("http.server.response.size").tags("status", "200").summary().totalAmount() > 0);

            var scrape = api.withToken(null).get("/metrics");
            assertEquals(200, scrape.status());
            assertEquals("# scraped\n", scrape.body());
            assertTrue(scrape.header("Content-Type").startsWith("text/plain"), scrape.header("Content-Type"));
        } finally {
            server.stop();
        }
    }

    @Test
    void givenRequestBeingServed_inFlightGauge_countsItUntilAnswered() throws Exception {
        var registry = new SimpleMeterRegistry();
        var server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of("m"), "test"), List.of(),
                new HttpMetrics(registry, () -> ""));
        try {
            var base = URI.create("http://127.0.0.1:" + server.port());
            var gauge = registry.find("http.server.requests.in.flight").gauge();
            assertNotNull(gauge, registry.getMetersAsString());
            assertEquals(0, gauge.value());
            try (var slow = SlowRequest.begin(base, "POST", "/experiments",
                    Map.of("Token", "m", "Content-Type", "application/json"), "{\"name\":", "\"gauge\"}")) {
                awaitValue(gauge, 1);
                assertEquals(200, slow.finish("\"gauge\"}").status());
            }
            awaitValue(gauge, 0); // the count drops once the answer is written, maybe just after the client read it
        } finally {
            server.stop();
        }
    }

    @Test
    void givenUploadsAndCompletion_registry_countsDomainEvents() {
        var registry = new SimpleMeterRegistry();
        var server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of("m"), "test"), List.of(),
                new HttpMetrics(registry, () -> ""));
        try {
            var api = new ApiClient(URI.create("http://127.0.0.1:" + server.port()), "m");
            var experiment = api.post("/experiments", "{\"name\":\"events\"}").expect(200).get("id").asText();
            var ensemble = api.post("/experiments/" + experiment + "/ensembles",
                    "{\"size\":2,\"parameter_names\":[],\"response_names\":[]}").expect(200).get("id").asText();
            api.post("/ensembles/" + ensemble + "/records/a/matrix?realization_index=0", "[1]").expect(200);
            api.post("/ensembles/" + ensemble + "/records/a/matrix?realization_index=0", "[1]").expect(409);
            api.post("/ensembles/" + ensemble + "/complete", null).expect(200);

            assertEquals(1, registry.find("ert.records.written").tags("type", "f64_matrix").counter().count());
            assertEquals(1, registry.find("ert.ensembles.created").counter().count());
            assertEquals(1, registry.find("ert.ensembles.completed").counter().count());
        } finally {
            server.stop();
        }
    }

    private static void awaitValue(Gauge gauge, double expected) throws InterruptedException {
        for (int i = 0; i < 500 && gauge.value() != expected; i++) {
            Thread.sleep(10);
        }
        assertEquals(expected, gauge.value());
    }
}
