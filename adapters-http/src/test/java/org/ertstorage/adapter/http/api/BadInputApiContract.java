package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a catalogue of bad input, each case answered with a 4xx whose JSON body names the
 * problem, and none of them changing what the API shows of stored data (DEFECTS D-22, D-46).
 * Uploads go to a declared response without records, so that the body's codec is what refuses them.
 */
public abstract class BadInputApiContract extends ApiContract {

    private static final String JSON = "application/json";
    private static final String NUMPY = "application/x-numpy";
    private static final String CSV = "text/csv";
    private static final String PARQUET = "application/x-parquet";
    private static final String UPLOAD = "/ensembles/{ensemble}/records/" + StoredFixture.EMPTY_RESPONSE
            + "/matrix?realization_index=1";
    /** What an upload whose body cannot be decoded is told (API.md 6.1). */
    private static final String MATRIX = "Forward-model record 's' for realization 1 needs to be a matrix";
    /** Deeper than any JSON reader of the server accepts, and 10 MB long. */
    private static final int TEN_MB_NESTING = 5 * 1024 * 1024;

    /** One bad request, the status it must get and a fragment of the body that names the problem. */
    private record Case(String name, String method, String path, String contentType, byte[] body, int status,
            String names) {

        static Case of(String name, String method, String path, String contentType, String body, int status,
                String names) {
            return new Case(name, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                    status, names);
        }
    }

    /** A new ensemble of {@code size} (JSON text), refused with 422 naming {@code names}. */
    private static Case ensembleOfSize(String name, String size, String names) {
        return Case.of(name, "POST", "/experiments/{experiment}/ensembles", JSON,
                "{\"size\":" + size + ",\"parameter_names\":[],\"response_names\":[]}", 422, names);
    }

    private static List<Case> catalogue() {
        var cases = new ArrayList<Case>();
        // Malformed JSON.
        cases.add(Case.of("truncated JSON object", "POST", "/experiments", JSON, "{\"name\":", 422, "jsondecode"));
        cases.add(Case.of("trailing comma", "POST", "/experiments/{experiment}/observations", JSON,
                "{\"name\":\"o\",}", 422, "jsondecode"));
        cases.add(Case.of("truncated JSON matrix", "POST", UPLOAD, JSON, "[1,2", 422, MATRIX));
        cases.add(Case.of("bytes that are not UTF-8", "POST", "/experiments", JSON, "{\"name\":\"\u00ff\"", 422,
                "jsondecode"));
        cases.add(new Case("random bytes as JSON", "PUT", "/ensembles/{ensemble}/userdata", JSON, randomBytes(512), 422,
                "jsondecode"));
        // Wrong types.
        cases.add(Case.of("list as name", "POST", "/experiments", JSON, "{\"name\":[\"x\"]}", 422, "str type expected"));
        cases.add(ensembleOfSize("text as size", "\"big\"", "value is not a valid integer"));
        cases.add(Case.of("text in a matrix", "POST", UPLOAD, JSON, "[1,\"a\"]", 422, MATRIX));
        cases.add(Case.of("object as observation values", "POST", "/experiments/{experiment}/observations", JSON,
                "{\"name\":\"o2\",\"errors\":[1],\"values\":{\"a\":1},\"x_axis\":[0]}", 422, "value is not a valid list"));
        cases.add(Case.of("list as userdata", "PUT", "/ensembles/{ensemble}/userdata", JSON, "[1,2]", 422,
                "userdata must be a JSON object"));
        cases.add(Case.of("number as prior", "POST", "/experiments", JSON, "{\"name\":\"x\",\"priors\":{\"p\":5}}", 422,
                "priors"));
        cases.add(Case.of("unknown prior function", "POST", "/experiments", JSON,
                "{\"name\":\"x\",\"priors\":{\"p\":{\"function\":\"nope\"}}}", 422, "unexpected value"));
        cases.add(Case.of("ids that are not UUIDs", "POST", "/ensembles/{ensemble}/records/r/observations", JSON,
                "[\"x\"]", 422, "value is not a valid uuid"));
        // Huge numbers.
        cases.add(ensembleOfSize("size beyond 64 bits", "99999999999999999999", "value is not a valid integer"));
        cases.add(ensembleOfSize("size of a billion realizations", "1000000000", "'size' must be"));
        cases.add(ensembleOfSize("number of 5,000 digits", "9".repeat(5000), "Number value length"));
        cases.add(Case.of("realization index beyond 32 bits", "POST",
                "/ensembles/{ensemble}/records/s/matrix?realization_index=99999999999999", JSON, "[1]", 422,
                "value is not a valid integer"));
        cases.add(Case.of("overflowing active realization", "POST", "/experiments/{experiment}/ensembles", JSON,
                "{\"size\":1,\"parameter_names\":[],\"response_names\":[],\"active_realizations\":[1e400]}", 422,
                "value is not a valid integer"));
        // NaN where it is not allowed.
        cases.add(Case.of("NaN in userdata", "PUT", "/ensembles/{ensemble}/userdata", JSON, "{\"a\":NaN}", 422,
                "NaN or Infinity"));
        cases.add(Case.of("overflow to infinity in userdata", "PATCH", "/experiments/{experiment}/userdata", JSON,
                "{\"a\":1e400}", 422, "NaN or Infinity"));
        cases.add(ensembleOfSize("NaN as size", "NaN", "value is not a valid integer"));
        cases.add(Case.of("NaN as realization index", "GET", "/ensembles/{ensemble}/records/r?realization_index=NaN",
                null, null, 422, "value is not a valid integer"));
        // .npy.
        cases.add(new Case("truncated .npy data", "POST", UPLOAD, NUMPY, npy("'<f8'", "(1, 4)", 2), 422, MATRIX));
        cases.add(new Case("truncated .npy header", "POST", UPLOAD, NUMPY, "\u0093NUMPY\u0001\u0000v\u0000{'descr"
                .getBytes(StandardCharsets.ISO_8859_1), 422, MATRIX));
        cases.add(new Case(".npy of strings", "POST", UPLOAD, NUMPY, npy("'<U8'", "(1,)", 4), 422, MATRIX));
        cases.add(new Case(".npy claiming 10^22 elements", "POST", UPLOAD, NUMPY, npy("'<f8'",
                "(99999999999, 99999999999)", 2), 422, MATRIX));
        cases.add(new Case("random bytes as .npy", "POST", UPLOAD, NUMPY, randomBytes(256), 422, MATRIX));
        // CSV.
        cases.add(Case.of("ragged CSV rows", "POST", UPLOAD, CSV, ",0\n0,1\n1,2,3,4\n", 422, MATRIX));
        cases.add(Case.of("text in a CSV cell", "POST", UPLOAD, CSV, ",0\n0,abc\n", 422, MATRIX));
        cases.add(Case.of("CSV with a header only", "POST", UPLOAD, CSV, ",0,1\n", 422, MATRIX));
        // Parquet.
        cases.add(Case.of("Parquet magic around garbage", "POST", UPLOAD, PARQUET, "PAR1garbagePAR1", 422, MATRIX));
        cases.add(new Case("random bytes as Parquet", "POST", UPLOAD, PARQUET, randomBytes(1024), 422, MATRIX));
        cases.add(new Case("Parquet footer of absurd length", "POST", UPLOAD, PARQUET, parquetFooterOfLength(0x7fffffff),
                422, MATRIX));
        // Invalid UUIDs.
        cases.add(Case.of("experiment id", "GET", "/experiments/not-a-uuid", null, null, 422, "value is not a valid uuid"));
        cases.add(Case.of("ensemble id one digit short", "GET", "/ensembles/0123456789abcdef0123456789abcde/records",
                null, null, 422, "value is not a valid uuid"));
        cases.add(Case.of("record id", "GET", "/records/zz/data", null, null, 422, "value is not a valid uuid"));
        cases.add(Case.of("update reference id", "POST", "/updates", JSON,
                "{\"algorithm\":\"es\",\"ensemble_reference_id\":\"nope\"}", 422, "value is not a valid uuid"));
        cases.add(Case.of("misfits ensemble id", "GET", "/compute/misfits?ensemble_id=x&response_name=r", null, null, 422,
                "value is not a valid uuid"));
        // Unknown query parameters: refused on reads and writes, good body or bad.
        cases.add(Case.of("unknown query parameter on a bad body", "POST", "/experiments?dry_run=true&x=%00", JSON, "{",
                422, "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on a good experiment", "POST", "/experiments?dry_run=true", JSON,
                "{\"name\":\"refused\"}", 422, "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on an upload", "POST", UPLOAD + "&overwrite=1", JSON, "[1,2]", 422,
                "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on a userdata merge", "PATCH", "/ensembles/{ensemble}/userdata?deep=1",
                JSON, "{\"added\":1}", 422, "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on a deletion", "DELETE", "/experiments/{experiment}?force=1", null,
                null, 422, "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on a listing", "GET", "/ensembles/{ensemble}/records?limit=10", null,
                null, 422, "extra_forbidden"));
        cases.add(Case.of("unknown query parameter on a record read", "GET",
                "/ensembles/{ensemble}/records/r?realization_index=0&format=csv", null, null, 422, "extra_forbidden"));
        cases.add(Case.of("bad boolean", "GET", "/compute/misfits?ensemble_id={ensemble}&response_name=r&summary_misfits=maybe",
                null, null, 422, "boolean"));
        // Path traversal in names.
        cases.add(Case.of("escaped slashes in a record name", "POST",
                "/ensembles/{ensemble}/records/..%2F..%2Fetc%2Fpasswd/matrix?realization_index=1", JSON, "[1]", 404, "Not Found"));
        cases.add(Case.of("escaped slash in a file name", "POST", "/ensembles/{ensemble}/records/..%2Fx/file", JSON, "x", 404,
                "Not Found"));
        cases.add(Case.of("dot-dot record", "GET", "/ensembles/{ensemble}/records/%2E%2E", null, null, 404,
                "Record not found"));
        cases.add(Case.of("escaped slash in userdata's record", "PUT", "/ensembles/{ensemble}/records/..%2Fr/userdata",
                JSON, "{}", 404, "Not Found"));
        cases.add(Case.of("NUL in the path", "POST", "/ensembles/{ensemble}/records/a%00b/matrix", JSON, "[1]", 400,
                "Bad Request"));
        // 10 MB of nesting.
        cases.add(Case.of("10 MB of nested lists as userdata", "PUT", "/ensembles/{ensemble}/userdata", JSON,
                "[".repeat(TEN_MB_NESTING) + "]".repeat(TEN_MB_NESTING), 422, "nesting depth"));
        cases.add(Case.of("10 MB of nested objects as userdata", "PATCH", "/experiments/{experiment}/userdata", JSON,
                "{\"a\":".repeat(TEN_MB_NESTING / 5) + "1" + "}".repeat(TEN_MB_NESTING / 5), 422, "nesting depth"));
        cases.add(Case.of("10 MB of nesting as a matrix", "POST", UPLOAD, JSON,
                "[".repeat(TEN_MB_NESTING) + "]".repeat(TEN_MB_NESTING), 422, MATRIX));
        // Wrong content types.
        cases.add(Case.of("XML as a matrix", "POST", UPLOAD, "application/xml", "<matrix/>", 422, MATRIX));
        cases.add(Case.of("text as userdata", "PUT", "/ensembles/{ensemble}/userdata", "text/plain", "owner=me", 422,
                "value is not a valid dict"));
        cases.add(Case.of("form as an experiment", "POST", "/experiments", "application/x-www-form-urlencoded", "name=x",
                422, "value is not a valid dict"));
        cases.add(Case.of("multipart without a boundary", "POST", "/ensembles/{ensemble}/records/f/file",
                "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc\r\n--x--\r\n", 400,
                "There was an error parsing the body"));
        cases.add(Case.of("truncated multipart", "POST", "/ensembles/{ensemble}/records/f/file",
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"", 400,
                "There was an error parsing the body"));
        // Empty bodies.
        cases.add(Case.of("empty experiment", "POST", "/experiments", JSON, "", 422, "field required"));
        cases.add(Case.of("empty userdata", "PATCH", "/ensembles/{ensemble}/userdata", JSON, "", 422, "field required"));
        cases.add(Case.of("empty update", "POST", "/updates", JSON, "", 422, "field required"));
        cases.add(Case.of("empty JSON matrix", "POST", UPLOAD, JSON, "", 422, MATRIX));
        cases.add(Case.of("empty .npy", "POST", UPLOAD, NUMPY, "", 422, MATRIX));
        cases.add(Case.of("empty CSV", "POST", UPLOAD, CSV, "", 422, MATRIX));
        cases.add(Case.of("empty Parquet", "POST", UPLOAD, PARQUET, "", 422, MATRIX));
        return cases;
    }

    @Test
    void givenEachBadInput_request_answersClientErrorNamingTheProblemAndChangesNothing() {
        var fixture = StoredFixture.create(api());
        var before = fixture.snapshot(api());
        var failures = new ArrayList<String>();
        for (Case bad : catalogue()) {
            var headers = bad.contentType() == null ? Map.<String, String>of() : Map.of("Content-Type", bad.contentType());
            var path = fixture.expand(bad.path());
            var response = bad.body() == null ? api().send(bad.method(), path, null, headers)
                    : api().sendBytes(bad.method(), path, bad.body(), headers);
            var body = response.body();
            if (response.status() != bad.status() || !body.contains(bad.names()) || !isJsonDetail(response)) {
                failures.add(bad.name() + ": " + bad.method() + " " + path + " answered " + response.status() + " "
                        + response.header("Content-Type") + " " + body.substring(0, Math.min(300, body.length())));
            }
            if (!before.equals(fixture.snapshot(api()))) {
                failures.add(bad.name() + ": changed stored data");
                before = fixture.snapshot(api());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void givenBodyDeclaredBeyondTheLimit_upload_answersTooLargeBeforeReadingIt() throws IOException {
        var fixture = StoredFixture.create(api());
        var before = fixture.snapshot(api());
        var target = baseUri();
        // HttpClient sets Content-Length from the body it sends; a socket can claim 10 GiB and send 2 bytes.
        try (var socket = new Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(30_000);
            var request = "POST " + fixture.expand(UPLOAD) + " HTTP/1.1\r\nHost: " + target.getHost() + "\r\nToken: "
                    + token() + "\r\nContent-Type: application/json\r\nContent-Length: 10737418240\r\n\r\n[1";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = readHead(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("Request body too large"), answer);
        }
        assertEquals(before, fixture.snapshot(api()));
    }

    @Test
    void givenNulInText_create_answersWithoutServerErrorAndNamesNulWhenRefused() {
        var fixture = StoredFixture.create(api());
        for (String path : List.of("/experiments", "/experiments/{experiment}/observations")) {
            var response = api().post(fixture.expand(path),
                    "{\"name\":\"a\\u0000b\",\"errors\":[1],\"values\":[1],\"x_axis\":[\"x\\u0000\"]}");
            // H2 and the in-memory store keep NUL; PostgreSQL's text cannot hold it.
            assertTrue(response.status() == 200 || response.status() == 422, response.body());
            if (response.status() == 422) {
                assertTrue(response.body().contains("NUL character"), response.body());
            }
        }
    }

    private static boolean isJsonDetail(ApiResponse response) {
        var type = response.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return false;
        }
        try {
            return response.json().has("detail");
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** The status line and headers, and as much of the body as has arrived. */
    private static String readHead(InputStream in) throws IOException {
        var buffer = new byte[8192];
        var text = new StringBuilder();
        int n;
        while ((n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            if (text.indexOf("}") > 0) {
                break;
            }
        }
        return text.toString();
    }

    /** A version 1.0 .npy file whose header promises {@code shape} but that holds {@code doubles} values. */
    private static byte[] npy(String descr, String shape, int doubles) {
        var header = new StringBuilder("{'descr': " + descr + ", 'fortran_order': False, 'shape': " + shape + ", }");
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        var buffer = ByteBuffer.allocate(10 + header.length() + 8 * doubles).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) header.length()).put(header.toString().getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < doubles; i++) {
            buffer.putDouble(i + 0.5);
        }
        return buffer.array();
    }

    /** The magic, a footer length that points far before the file's start, and the magic again. */
    private static byte[] parquetFooterOfLength(int length) {
        var buffer = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("PAR1".getBytes(StandardCharsets.US_ASCII)).putInt(length).put("PAR1".getBytes(StandardCharsets.US_ASCII));
        return buffer.array();
    }

    /** Bytes from a fixed seed, so a failure repeats. */
    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        new java.util.Random(count).nextBytes(bytes);
        return bytes;
    }
}
