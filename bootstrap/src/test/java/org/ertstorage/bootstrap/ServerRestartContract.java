package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;

/** What one server stored, the next server on the same database still serves. */
abstract class ServerRestartContract {

    private final HttpClient client = HttpClient.newHttpClient();

    abstract DatabaseSettings database();

    @Test
    void givenDataWrittenBeforeRestart_get_returnsItAfterRestart() throws Exception {
        var name = "restart-" + UUID.randomUUID();
        String experimentId;
        String ensembleId;
        try (var server = TestServer.start(database())) {
            var experiment = send(server.baseUri(), "POST", "/experiments", "{\"name\":\"" + name + "\"}");
            experimentId = field(experiment, "id");
            var ensemble = send(server.baseUri(), "POST", "/experiments/" + experimentId + "/ensembles",
                    "{\"size\":3,\"parameter_names\":[],\"response_names\":[],\"userdata\":{\"kept\":true}}");
            ensembleId = field(ensemble, "id");
        }
        try (var server = TestServer.start(database())) {
            var experiment = send(server.baseUri(), "GET", "/experiments/" + experimentId, null);
            assertTrue(experiment.contains("\"name\":\"" + name + "\""), experiment);
            assertTrue(experiment.contains(ensembleId), experiment);
            assertEquals("{\"kept\":true}", send(server.baseUri(), "GET", "/ensembles/" + ensembleId + "/userdata", null));
        }
    }

    private String send(URI base, String method, String path, String json) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Token", TestServer.TOKEN)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
        return response.body();
    }

    private static String field(String json, String name) {
        var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(matcher.find(), json);
        return matcher.group(1);
    }
}
