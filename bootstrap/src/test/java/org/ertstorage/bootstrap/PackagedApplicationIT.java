package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged application on the module path, as {@code ./ert-storage} does, to catch what
 * class-path tests cannot: a missing {@code opens}, an unreadable migration folder, an unresolved module.
 */
class PackagedApplicationIT {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void givenPackagedJar_serveOnModulePath_answersAndStoresData() throws Exception {
        try (var application = PackagedApplication.start(Map.of())) {
            answersAndStoresData(application.baseUri().toString());
        }
    }

    private void answersAndStoresData(String base) throws Exception {
        var health = client.send(HttpRequest.newBuilder(URI.create(base + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("\"ALL OK!\"", health.body());

        var created = client.send(HttpRequest.newBuilder(URI.create(base + "/experiments"))
                .header("Token", "hunter2").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"packaged\",\"priors\":{\"a\":{\"function\":\"const\",\"value\":1}}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        var id = created.body().replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        var read = client.send(HttpRequest.newBuilder(URI.create(base + "/experiments/" + id))
                .header("Token", "hunter2").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"name\":\"packaged\""), read.body());

        // Micrometer and the Prometheus client are automatic modules: they must resolve and work here too.
        var metrics = client.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("http_server_requests_seconds_count{method=\"POST\",route=\"/experiments\""),
                metrics.body());
        assertTrue(metrics.body().contains("hikaricp_connections"), metrics.body());
    }
}
