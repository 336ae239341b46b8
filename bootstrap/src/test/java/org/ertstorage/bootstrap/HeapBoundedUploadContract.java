package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads larger than the server's heap (issue 3): a server in a JVM of {@value #HEAP} stores an
 * ensemble-wide {@code .npy} record of {@value #ROWS} x {@value #COLUMNS} doubles (80 MB), the same
 * as a bulk upload of one record per row, and a bulk CSV of about 60 MB; every value is then read
 * back. Without streaming the server would need each body whole in its heap, and its values again
 * as doubles and as packed bytes, and fail.
 */
abstract class HeapBoundedUploadContract {

    private static final String HEAP = "-Xmx64m";
    private static final int ROWS = 1000;
    private static final int COLUMNS = 10_000;

    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    /** The server's database settings as environment variables. */
    protected abstract Map<String, String> database(Path temp);

    private static double value(int row, int column) {
        return column + row / 1024.0;
    }

    /** Integers, so that the CSV's text stays short. */
    private static double csvValue(int row, int column) {
        return row + column;
    }

    @Test
    void givenBodiesLargerThanHeap_upload_streamsThemIntoTheStore() throws Exception {
        var database = database(temp);
        String ensemble;
        try (var server = PackagedApplication.startOnClassPath(List.of(HEAP), database)) {
            var base = server.baseUri();
            try {
                ensemble = ensemble(base);
                var records = base + "/ensembles/" + ensemble + "/records/";
                long npyLength = NpyBodies.header(ROWS + ", " + COLUMNS).length + (long) ROWS * COLUMNS * Double.BYTES;
                timed("ensemble-wide npy", () -> upload(records + "WIDE/matrix", "application/x-numpy",
                        HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                                () -> npy(HeapBoundedUploadContract::value)), npyLength)));
                timed("bulk npy", () -> upload(records + "FOPR/matrix?bulk=true", "application/x-numpy",
                        HttpRequest.BodyPublishers.ofInputStream(() -> npy(HeapBoundedUploadContract::value))));
                timed("bulk csv", () -> upload(records + "FGPR/matrix?bulk=true", "text/csv",
                        HttpRequest.BodyPublishers.ofInputStream(HeapBoundedUploadContract::csv)));
                // The bulk records, stacked by the streamed ensemble-wide read, the CSV ones with
                // 10,000 column labels per record.
                timed("read bulk npy", () -> NpyBodies.check(get(records + "FOPR"), ROWS, COLUMNS,
                        HeapBoundedUploadContract::value));
                timed("read bulk csv", () -> NpyBodies.check(get(records + "FGPR"), ROWS, COLUMNS,
                        HeapBoundedUploadContract::csvValue));
            } catch (AssertionError | Exception e) {
                var output = server.output();
                throw new AssertionError(e + "\nserver output:\n" + output.substring(Math.max(0, output.length() - 4000)), e);
            }
            assertTrue(server.process().isAlive(), server.output());
        }
        // A server of the default heap reads what a 64 MB one cannot: one 80 MB record, read whole.
        try (var server = PackagedApplication.startOnClassPath(List.of(), database)) {
            var records = server.baseUri() + "/ensembles/" + ensemble + "/records/";
            timed("read ensemble-wide npy", () -> NpyBodies.check(get(records + "WIDE"), ROWS, COLUMNS,
                    HeapBoundedUploadContract::value));
        }
    }

    private static void timed(String name, TimedSteps.Step step) throws Exception {
        TimedSteps.timed("heap-bounded upload", name, step);
    }

    private String ensemble(URI base) throws Exception {
        var experiment = id(send(HttpRequest.newBuilder(URI.create(base + "/experiments")), "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\":\"heap-upload\"}")));
        return id(send(HttpRequest.newBuilder(URI.create(base + "/experiments/" + experiment + "/ensembles")),
                "application/json", HttpRequest.BodyPublishers.ofString(
                        "{\"size\":" + ROWS + ",\"parameter_names\":[],\"response_names\":[\"FOPR\",\"FGPR\"]}")));
    }

    private void upload(String uri, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        send(HttpRequest.newBuilder(URI.create(uri)), contentType, body);
    }

    private String send(HttpRequest.Builder request, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        var response = client.send(request.header("Token", "hunter2").header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private InputStream get(String uri) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(uri)).header("Token", "hunter2")
                .header("Accept", "application/x-numpy").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The body produced a row at a time, so the test's heap never holds it either. */
    private static InputStream npy(NpyBodies.Values values) {
        return concatenated(NpyBodies.header(ROWS + ", " + COLUMNS), row -> NpyBodies.row(row, COLUMNS, values));
    }

    /** pandas' layout: column labels 0, 1, …, each row labeled with its realization. */
    private static InputStream csv() {
        var header = IntStream.range(0, COLUMNS).mapToObj(Integer::toString).collect(Collectors.joining(",", ",", "\n"));
        return concatenated(header.getBytes(StandardCharsets.US_ASCII), row -> IntStream.range(0, COLUMNS)
                .mapToObj(c -> Long.toString((long) csvValue(row, c)))
                .collect(Collectors.joining(",", row + ",", "\n")).getBytes(StandardCharsets.US_ASCII));
    }

    private static InputStream concatenated(byte[] head, IntFunction<byte[]> row) {
        return new SequenceInputStream(new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next < ROWS;
            }

            @Override
            public InputStream nextElement() {
                var bytes = next < 0 ? head : row.apply(next);
                next++;
                return new ByteArrayInputStream(bytes);
            }
        });
    }

    private static String id(String json) {
        return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }
}
