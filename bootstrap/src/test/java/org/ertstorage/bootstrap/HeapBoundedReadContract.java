package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ensemble-wide read larger than the server's heap: {@value #REALIZATIONS} forward-model
 * records of {@value #COLUMNS} doubles (80 MB) read stacked by a server in a JVM of
 * {@value #HEAP}, in every download format, each checked value by value as it streams in.
 * Without streaming the server would need the whole stack in its heap and fail.
 */
abstract class HeapBoundedReadContract {

    private static final String HEAP = "-Xmx64m";
    private static final int REALIZATIONS = 1000;
    private static final int COLUMNS = 10_000;
    private static final String NAME = "FOPR";

    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    /** The server's database settings as environment variables. */
    protected abstract Map<String, String> database(Path temp);

    @Test
    void givenEnsembleLargerThanHeap_readEnsembleWide_streamsEveryFormat() throws Exception {
        var database = database(temp);
        String ensemble;
        // Stored by a server of the default heap (uploads are not what is measured), read by one of a small heap.
        try (var server = PackagedApplication.startOnClassPath(List.of(), database)) {
            ensemble = ensemble(server.baseUri());
            timed("upload", () -> upload(server.baseUri(), ensemble));
        }
        try (var server = PackagedApplication.startOnClassPath(List.of(HEAP), database)) {
            var base = server.baseUri();
            var record = base + "/ensembles/" + ensemble + "/records/" + NAME;
            try {
                // The labels come from the first record's head, not from every record's values.
                timed("labels", () -> assertEquals("[]",
                        new String(get(record + "/labels", "application/json").readAllBytes(), StandardCharsets.UTF_8)));
                timed("npy", () -> NpyBodies.check(get(record, "application/x-numpy"), REALIZATIONS, COLUMNS,
                        HeapBoundedReadContract::value));
                timed("csv", () -> checkCsv(get(record, "text/csv")));
                timed("json", () -> checkJson(get(record, "application/json")));
                timed("parquet", () -> {
                    var parquet = temp.resolve("stack.parquet");
                    var response = client.send(request(record).header("Accept", "application/x-parquet").build(),
                            HttpResponse.BodyHandlers.ofFile(parquet));
                    assertEquals(200, response.statusCode());
                    checkParquet(parquet);
                });
            } catch (AssertionError | Exception e) {
                var output = server.output();
                throw new AssertionError(e + "\nserver output:\n" + output.substring(Math.max(0, output.length() - 4000)), e);
            }

            assertTrue(server.process().isAlive(), server.output());
            assertEquals(200, client.send(request(base + "/healthcheck").build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
    }

    private static void timed(String name, TimedSteps.Step step) throws Exception {
        TimedSteps.timed("heap-bounded read", name, step);
    }

    private static double value(int realization, int column) {
        return column + realization / 1024.0;
    }

    private String ensemble(URI base) throws Exception {
        var experiment = id(post(base + "/experiments", "{\"name\":\"heap\"}"));
        return id(post(base + "/experiments/" + experiment + "/ensembles",
                "{\"size\":" + REALIZATIONS + ",\"parameter_names\":[],\"response_names\":[\"" + NAME + "\"]}"));
    }

    /** One {@code .npy} record of shape ({@value #COLUMNS},) per realization, from 8 clients at once. */
    private void upload(URI base, String ensemble) throws Exception {
        try (var clients = Executors.newFixedThreadPool(8)) {
            var uploads = new ArrayList<Future<?>>();
            for (int r = 0; r < REALIZATIONS; r++) {
                int realization = r;
                uploads.add(clients.submit(() -> {
                    var body = npy(realization);
                    var response = client.send(request(base + "/ensembles/" + ensemble + "/records/" + NAME
                            + "/matrix?realization_index=" + realization)
                            .header("Content-Type", "application/x-numpy")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, response.statusCode(), response.body());
                    return null;
                }));
            }
            for (var upload : uploads) {
                upload.get();
            }
        }
    }

    private static byte[] npy(int realization) {
        var header = NpyBodies.header(COLUMNS + ",");
        var row = NpyBodies.row(realization, COLUMNS, HeapBoundedReadContract::value);
        return ByteBuffer.allocate(header.length + row.length).put(header).put(row).array();
    }

    private static void checkCsv(InputStream body) throws IOException {
        try (var lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            assertEquals(IntStream.range(0, COLUMNS).mapToObj(Integer::toString).collect(Collectors.joining(",", ",", "")),
                    lines.readLine());
            for (int r = 0; r < REALIZATIONS; r++) {
                var fields = lines.readLine().split(",");
                assertEquals(Integer.toString(r), fields[0]);
                assertEquals(COLUMNS + 1, fields.length);
                for (int c = 0; c < COLUMNS; c++) {
                    assertValue(r, c, Double.parseDouble(fields[c + 1]));
                }
            }
            assertEquals(null, lines.readLine());
        }
    }

    private static void checkJson(InputStream body) throws IOException {
        try (var json = new JsonFactory().createParser(body)) {
            assertEquals(JsonToken.START_ARRAY, json.nextToken());
            for (int r = 0; r < REALIZATIONS; r++) {
                assertEquals(JsonToken.START_ARRAY, json.nextToken());
                for (int c = 0; c < COLUMNS; c++) {
                    assertEquals(JsonToken.VALUE_NUMBER_FLOAT, json.nextToken());
                    assertValue(r, c, json.getDoubleValue());
                }
                assertEquals(JsonToken.END_ARRAY, json.nextToken());
            }
            assertEquals(JsonToken.END_ARRAY, json.nextToken());
            assertEquals(null, json.nextToken());
        }
    }

    /** Read back whole by the codec's reader: the test's heap is not the one bounded. */
    private static void checkParquet(Path file) throws IOException {
        var matrix = MatrixFormat.PARQUET.read(Files.readAllBytes(file));
        assertEquals(List.of(REALIZATIONS, COLUMNS), matrix.shape().dimensions());
        for (int r = 0; r < REALIZATIONS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                assertValue(r, c, matrix.values()[r * COLUMNS + c]);
            }
        }
    }

    private static void assertValue(int realization, int column, double actual) {
        NpyBodies.assertValue(value(realization, column), actual, realization, column);
    }

    private InputStream get(String uri, String accept) throws Exception {
        var response = client.send(request(uri).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode(), accept);
        return response.body();
    }

    private String post(String uri, String json) throws Exception {
        var response = client.send(request(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static HttpRequest.Builder request(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Token", "hunter2");
    }

    private static String id(String json) {
        return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
