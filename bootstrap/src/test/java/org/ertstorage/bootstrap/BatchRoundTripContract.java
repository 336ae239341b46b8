package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: an experiment built over HTTP, exported by the batch command, imported into a second
 * database and read back over HTTP answers every endpoint as the original does, ids mapped.
 * Subclasses give the two databases.
 */
abstract class BatchRoundTripContract {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOUNDARY = "batch-round-trip-boundary";

    @TempDir
    Path temporary;

    /** The database the experiment is built in. */
    protected abstract DatabaseSettings source();

    /** An empty database to import into. */
    protected abstract DatabaseSettings target();

    /** A batch command's exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    static Run batch(DatabaseSettings database, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = org.ertstorage.batch.Main.run(List.of(args), environment(database), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> environment(DatabaseSettings database) {
        var environment = new HashMap<String, String>();
        environment.put("ERT_STORAGE_DATABASE_URL", database.jdbcUrl());
        if (database.user() != null && !database.user().isEmpty()) {
            environment.put("ERT_STORAGE_DATABASE_USER", database.user());
        }
        if (database.password() != null && !database.password().isEmpty()) {
            environment.put("ERT_STORAGE_DATABASE_PASSWORD", database.password());
        }
        return environment;
    }

    private static String importedId(Run run) {
        assertEquals(0, run.status(), run.err());
        Matcher matcher = Pattern.compile("experiment (" + UUID_TEXT.pattern() + ")").matcher(run.out());
        assertTrue(matcher.find(), run.out());
        return matcher.group(1);
    }

    @Test
    void givenExperimentBuiltOverHttp_exportAndImport_everyEndpointAnswersAlike() {
        var source = source();
        var target = target();
        try (var original = TestServer.start(source)) {
            var built = build(new ApiClient(original.baseUri(), TestServer.TOKEN), original.baseUri());
            var directory = temporary.resolve("export");
            var export = batch(source, "export", "--experiment", built.experiment(), "--to", directory.toString());
            assertEquals(0, export.status(), export.err());
            assertTrue(export.err().contains("export: " + built.recordCount() + "/" + built.recordCount() + " records"), export.err());
            var imported = importedId(batch(target, "import", directory.toString()));
            try (var copy = TestServer.start(target)) {
                new Comparison(original.baseUri(), copy.baseUri(), Map.of(built.experiment(), imported)).crawl(built);
            }
        }
    }

    @Test
    void givenTamperedFile_import_refusesNamingItAndStoresNothing() throws IOException {
        var source = source();
        var target = target();
        String experimentsBefore;
        try (var original = TestServer.start(source)) {
            var built = build(new ApiClient(original.baseUri(), TestServer.TOKEN), original.baseUri());
            var directory = temporary.resolve("tampered");
            assertEquals(0, batch(source, "export", "--experiment", built.experiment(), "--to", directory.toString()).status());
            var parquet = Files.walk(directory).filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
            var bytes = Files.readAllBytes(parquet);
            bytes[bytes.length / 2] ^= 1;
            Files.write(parquet, bytes);
            try (var copy = TestServer.start(target)) {
                var api = new ApiClient(copy.baseUri(), TestServer.TOKEN);
                experimentsBefore = api.get("/experiments").body();
                var run = batch(target, "import", directory.toString());
                assertEquals(1, run.status(), run.err());
                var relative = directory.relativize(parquet).toString().replace('\\', '/');
                assertTrue(run.err().startsWith("ert-storage: checksum mismatch for '" + relative + "'"), run.err());
                assertEquals(experimentsBefore, api.get("/experiments").body());
            }
        }
    }

    @Test
    void givenImportedDirectory_importAgain_saysAlreadyImportedWithTheSameExperiment() {
        var source = source();
        var target = target();
        try (var original = TestServer.start(source)) {
            var built = build(new ApiClient(original.baseUri(), TestServer.TOKEN), original.baseUri());
            var directory = temporary.resolve("twice");
            assertEquals(0, batch(source, "export", "--experiment", built.experiment(), "--to", directory.toString()).status());
            var first = importedId(batch(target, "import", directory.toString()));
            var again = batch(target, "import", directory.toString());
            assertEquals(0, again.status(), again.err());
            assertEquals("already imported: '" + directory + "' is experiment " + first + "\n", again.out());
            try (var copy = TestServer.start(target)) {
                var names = new ApiClient(copy.baseUri(), TestServer.TOKEN).get("/experiments").expect(200);
                int copies = 0;
                for (var experiment : names) {
                    copies += experiment.get("name").asText().equals(built.name()) ? 1 : 0;
                }
                assertEquals(1, copies, names.toString());
            }
        }
    }

    @Test
    void givenObservedResponse_misfitsCommand_printsWhatTheServerAnswers() {
        var source = source();
        try (var server = TestServer.start(source)) {
            var built = build(new ApiClient(server.baseUri(), TestServer.TOKEN), server.baseUri());
            for (var summary : List.of(false, true)) {
                var args = new ArrayList<>(List.of("misfits", "--ensemble", built.ensemble(), "--response", "FOPR"));
                var query = "/compute/misfits?ensemble_id=" + built.ensemble() + "&response_name=FOPR";
                if (summary) {
                    args.add("--summary");
                    query += "&summary_misfits=true";
                }
                var run = batch(source, args.toArray(String[]::new));
                assertEquals(0, run.status(), run.err());
                var expected = new String(get(server.baseUri(), query, "text/csv").body(), StandardCharsets.UTF_8);
                assertTrue(expected.lines().count() > 1, expected);
                assertEquals(expected, run.out());
            }
        }
    }

    /** What {@link #build} made. */
    record Built(String name, String experiment, String ensemble, String child, String update, int recordCount) {
    }

    /**
     * An experiment with userdata and priors; an ensemble with an ensemble-wide parameter, labeled
     * CSV responses, a vector response, a file, record userdata and observations, then completed;
     * an update with a transformation and its result ensemble.
     */
    static Built build(ApiClient api, URI base) {
        var name = "batch-round-trip-" + UUID.randomUUID();
        var experiment = api.post("/experiments", """
                {"name":"%s","priors":{"COEFFS":{"function":"normal","mean":0,"std":1.5},"X":{"function":"const","value":2}}}"""
                .formatted(name)).expect(200).get("id").asText();
        api.patch("/experiments/" + experiment + "/userdata", "{\"owner\":\"batch\",\"nested\":{\"a\":[1,2.5,null]}}").expect(200);
        var ensemble = api.post("/experiments/" + experiment + "/ensembles", """
                {"size":3,"parameter_names":["COEFFS"],"response_names":["FOPR","WOPR"],"active_realizations":[0,1,2],\
                "userdata":{"kind":"prior"}}""").expect(200).get("id").asText();
        var records = "/ensembles/" + ensemble + "/records/";
        upload(base, records + "COEFFS/matrix", "application/json", "[[1,2],[3,4],[5.5,-0.0]]");
        for (int r = 0; r < 3; r++) {
            upload(base, records + "FOPR/matrix?realization_index=" + r, "text/csv",
                    ",2020-01-01,2020-01-02,2020-01-03\n0," + (r + 1) + ".5,NaN," + (r * 3) + "\n");
        }
        upload(base, records + "WOPR/matrix?realization_index=0", "application/json", "[1e-300, Infinity, 3]");
        upload(base, records + "WOPR/matrix?realization_index=1", "application/json", "[4, 5, 6]");
        var file = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"run.log\"\r\n"
                + "Content-Type: text/plain\r\n\r\nline one\nline two\n\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        send(base, "POST", records + "log/file?realization_index=1", "multipart/form-data; boundary=" + BOUNDARY, file);
        api.patch(records + "FOPR/userdata?realization_index=2", "{\"checked\":true}").expect(200);
        var observation = api.post("/experiments/" + experiment + "/observations", """
                {"name":"FOPR_OBS","x_axis":["2020-01-01","2020-01-02","2020-01-03"],"values":[1,2,3],"errors":[0.1,0.2,0.3]}""")
                .expect(200).get("id").asText();
        api.patch("/observations/" + observation + "/userdata", "{\"source\":\"field\"}").expect(200);
        for (int r = 0; r < 3; r++) {
            api.post(records + "FOPR/observations?realization_index=" + r, "[\"" + observation + "\"]").expect(200);
        }
        api.post("/ensembles/" + ensemble + "/complete", "").expect(200);
        var update = api.post("/updates", """
                {"algorithm":"es","ensemble_reference_id":"%s","observation_transformations":\
                [{"name":"FOPR_OBS","active":[true,false,true],"scale":[1,0.5,2],"observation_id":"%s"}]}"""
                .formatted(ensemble, observation)).expect(200).get("id").asText();
        var child = api.post("/experiments/" + experiment + "/ensembles", """
                {"size":3,"parameter_names":["COEFFS"],"response_names":["FOPR"],"update_id":"%s"}""".formatted(update))
                .expect(200).get("id").asText();
        upload(base, "/ensembles/" + child + "/records/COEFFS/matrix", "application/json", "[[0.5,1],[2,3],[4,5]]");
        upload(base, "/ensembles/" + child + "/records/FOPR/matrix?realization_index=0", "application/json", "[7,8,9]");
        return new Built(name, experiment, ensemble, child, update, 9);
    }

    private static void upload(URI base, String path, String contentType, String body) {
        send(base, "POST", path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(URI base, String method, String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(base.resolve(path)).header("Token", TestServer.TOKEN)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = exchange(request);
        assertEquals(200, response.statusCode(), method + " " + path + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> get(URI base, String path, String accept) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).header("Token", TestServer.TOKEN)
                .header("Accept", accept).GET().build());
    }

    private static HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the same paths from both servers and compares the answers, learning the id mapping from them. */
    private static final class Comparison {

        private static final List<String> ACCEPTS = List.of("application/json", "text/csv", "application/x-numpy",
                "application/x-parquet");

        private final URI original;
        private final URI copy;
        private final Map<String, String> ids = new LinkedHashMap<>();
        private int compared;
        private int answered;

        Comparison(URI original, URI copy, Map<String, String> knownIds) {
            this.original = original;
            this.copy = copy;
            ids.putAll(knownIds);
        }

        void crawl(Built built) {
            var experiment = "/experiments/" + built.experiment();
            compare(experiment, "application/json");
            compare(experiment + "/ensembles", "application/json");
            compare(experiment + "/observations", "application/json");
            compare(experiment + "/userdata", "application/json");
            compare("/experiments", "application/json");
            for (var ensemble : List.of(built.ensemble(), built.child())) {
                var path = "/ensembles/" + ensemble;
                for (var part : List.of("", "/userdata", "/records", "/parameters", "/responses", "/observations")) {
                    compare(path + part, "application/json");
                }
                for (var name : List.of("COEFFS", "FOPR", "WOPR")) {
                    for (var realization : List.of("", "?realization_index=0", "?realization_index=1", "?realization_index=2")) {
                        for (var accept : ACCEPTS) {
                            compare(path + "/records/" + name + realization, accept);
                        }
                        compare(path + "/records/" + name + "/labels" + realization, "application/json");
                        compare(path + "/records/" + name + "/observations" + realization, "application/json");
                        compare(path + "/records/" + name + "/userdata" + realization, "application/json");
                    }
                    for (var accept : ACCEPTS) {
                        compare(path + "/responses/" + name + "/data", accept);
                    }
                }
                compare(path + "/records/log?realization_index=1", "*/*");
            }
            for (var id : List.copyOf(ids.keySet())) {
                compare("/records/" + id, "application/json");
                compare("/records/" + id + "/data", "application/json");
            }
            // REST names no update of an ensemble; GraphQL does, which also maps the update's id.
            for (var ensemble : List.of(built.ensemble(), built.child())) {
                compare("/gql?query=" + java.net.URLEncoder.encode("{ ensemble(id: \"" + ensemble
                        + "\") { id parent { id algorithm } children { id algorithm } } }", StandardCharsets.UTF_8), "application/json");
            }
            compare("/updates/" + built.update(), "application/json");
            for (var summary : List.of("", "&summary_misfits=true")) {
                compare("/compute/misfits?ensemble_id=" + built.ensemble() + "&response_name=FOPR" + summary, "text/csv");
            }
            assertTrue(compared > 100 && answered > 60, "compared " + compared + " answers, " + answered + " of them 200");
        }

        private void compare(String path, String accept) {
            var a = get(original, path, accept);
            var b = get(copy, mapped(path), accept);
            assertEquals(a.statusCode(), b.statusCode(), path + ": " + new String(b.body(), StandardCharsets.UTF_8));
            assertEquals(a.headers().firstValue("Content-Type"), b.headers().firstValue("Content-Type"), path);
            answered += a.statusCode() == 200 ? 1 : 0;
            // Errors are JSON naming ids whatever was accepted; data is compared byte for byte.
            if (a.statusCode() == 200 && (accept.contains("numpy") || accept.contains("parquet") || accept.equals("*/*"))) {
                assertArrayEquals(a.body(), b.body(), path + " " + accept);
            } else {
                var textA = new String(a.body(), StandardCharsets.UTF_8);
                var textB = new String(b.body(), StandardCharsets.UTF_8);
                learn(textA, textB, path);
                assertEquals(mapped(textA), textB, path + " " + accept);
            }
            compared++;
        }

        /** Pairs the ids of both answers in order of appearance; a pairing must never contradict an earlier one. */
        private void learn(String a, String b, String path) {
            var inA = UUID_TEXT.matcher(a).results().map(m -> m.group()).toList();
            var inB = UUID_TEXT.matcher(b).results().map(m -> m.group()).toList();
            assertEquals(inA.size(), inB.size(), path + ": " + a + " vs " + b);
            for (int i = 0; i < inA.size(); i++) {
                var known = ids.putIfAbsent(inA.get(i), inB.get(i));
                assertEquals(known == null ? inB.get(i) : known, inB.get(i), path + ": id " + inA.get(i));
            }
        }

        private String mapped(String text) {
            return UUID_TEXT.matcher(text).replaceAll(m -> ids.getOrDefault(m.group(), m.group()));
        }
    }
}
