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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: bodies read whole stop at the configured limit with 413; streamed blob blocks and
 * numeric uploads (issue 3: {@code .npy} records, {@code .npy} and CSV bulk rows) do not.
 */
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

    @Test
    void givenNumericBodiesBeyondLimit_upload_streamsNpyAndBulkCsvAndRefusesWholeBodies() {
        var ensemble = ApiTestData.ensemble(api, ApiTestData.experiment(api));
        var matrix = "/ensembles/" + ensemble + "/records/";
        int columns = (int) LIMIT / 8 + 10;
        var data = ByteBuffer.allocate(columns * 8).order(ByteOrder.LITTLE_ENDIAN);
        IntStream.range(0, columns).forEach(data::putDouble);

        api.sendBytes("POST", matrix + "npy/matrix?realization_index=0", npy(false, "1, " + columns, data.array()),
                Map.of("Content-Type", "application/x-numpy")).expect(200);
        api.sendBytes("POST", matrix + "bulk/matrix?bulk=true", npy(false, "1, " + columns, data.array()),
                Map.of("Content-Type", "application/x-numpy")).expect(200);
        var csv = IntStream.range(0, columns).mapToObj(c -> "c" + c).collect(Collectors.joining(",", ",", "\n0,"))
                + IntStream.range(0, columns).mapToObj(Integer::toString).collect(Collectors.joining(",", "", "\n"));
        api.sendBytes("POST", matrix + "csv/matrix?bulk=true", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv")).expect(200);
        assertEquals("[" + (columns - 1) + ".0]", api.get(matrix + "csv?label_from=c" + (columns - 1) + "&label_to=c" + (columns - 1)).body());

        // Read whole: a single CSV record, JSON, and Fortran-order .npy (reordered in memory).
        assertEquals(413, api.sendBytes("POST", matrix + "whole/matrix", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/csv")).status());
        assertEquals(413, api.post(matrix + "whole/matrix", "[" + "1.0000000001,".repeat(columns) + "1]")
                .status());
        assertEquals(413, api.sendBytes("POST", matrix + "whole/matrix", npy(true, "1, " + columns, data.array()),
                Map.of("Content-Type", "application/x-numpy")).status());
    }

    private static byte[] npy(boolean fortran, String shape, byte[] data) {
        var dict = "{'descr': '<f8', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + shape + "), }\n";
        var buffer = ByteBuffer.allocate(10 + dict.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                .putShort((short) dict.length()).put(dict.getBytes(StandardCharsets.US_ASCII)).put(data);
        return buffer.array();
    }
}
