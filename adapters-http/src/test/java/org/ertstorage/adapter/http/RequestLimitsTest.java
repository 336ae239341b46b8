package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 6: bodies read whole stop at the configured limit with 413; streamed blob blocks do not. */
class RequestLimitsTest {

    private static final long LIMIT = 1024;
    private static final String TOKEN = "limits";
    private static final String TOO_LARGE = "{\"detail\":{\"error\":\"Request body too large: at most 1024 bytes are"
            + " accepted here; upload larger content as a file or in blob blocks\"}}";
    private static HttpServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = HttpServer.start(InMemoryHttpServer.useCases(new InMemoryTransactions(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of(TOKEN), "test", LIMIT, Duration.ofSeconds(1)));
        api = new ApiClient(URI.create("http://127.0.0.1:" + server.port()), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String jsonOfLength(int length) {
        var prefix = "{\"name\":\"";
        return prefix + "x".repeat(length - prefix.length() - 2) + "\"}";
    }

    @Test
    void givenDeclaredLengthBeyondLimit_post_answersTooLargeInTheDetailShape() {
        var response = api.post("/experiments", jsonOfLength((int) LIMIT + 1));
        assertEquals(413, response.status());
        assertEquals(TOO_LARGE, response.body());
        assertTrue(response.header("X-Request-Id") != null);
    }

    @Test
    void givenBodyAtTheLimit_post_isServed() {
        assertEquals(200, api.post("/experiments", jsonOfLength((int) LIMIT)).status());
    }

    @Test
    void givenChunkedBodyGrowingBeyondLimit_post_answersTooLarge() throws IOException, InterruptedException {
        var body = jsonOfLength((int) LIMIT * 4).getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/experiments"))
                .header("Token", TOKEN).header("Content-Type", "application/json")
                // No length known in advance: sent chunked, so only reading can find the size.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(TOO_LARGE, response.body());
    }

    @Test
    void givenBlobBlockBeyondLimit_stage_isStreamedNotLimited() {
        var experiment = ApiTestData.experiment(api);
        var ensemble = ApiTestData.ensemble(api, experiment);
        var blob = "/ensembles/" + ensemble + "/records/big/blob";
        api.post(blob, null).expect(200);
        var block = api.send("PUT", blob + "?block_index=0", "b".repeat((int) LIMIT * 8), java.util.Map.of());
        assertNotEquals(413, block.status(), block.body());
        assertEquals(200, block.status(), block.body());
        api.patch(blob, null).expect(200);
        assertEquals("b".repeat((int) LIMIT * 8), api.get("/ensembles/" + ensemble + "/records/big").body());
    }
}
