package org.ertstorage.benchmarks;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Issue 7's workload against a server started as a child process and driven over HTTP: ingest of
 * every realization's parameters and responses in JSON, CSV and .npy by 8 clients; ensemble-wide
 * and per-realization reads in every format; metadata and listings; misfits; blobs single-shot and
 * chunked. Prints a table, one JSON line per scenario and the server's peak RSS; exits 1 on errors.
 */
public final class ErtWorkload {

    private static final String TOKEN = "benchmark";
    private static final int BLOCK_BYTES = 4 * 1024 * 1024;
    private static final Map<String, String> UPLOAD_TYPES = Map.of("json", "application/json", "csv", "text/csv",
            "npy", "application/x-numpy");
    private static final Map<String, String> READ_TYPES = Map.of("json", "application/json", "csv", "text/csv",
            "npy", "application/x-numpy", "parquet", "application/x-parquet");

    private final Profile profile;
    private final Client client;
    private final ServerProcess server;
    private final List<Scenario> results = new ArrayList<>();
    private final List<String> responses;
    private final List<String> dates;
    private final List<String> only;
    private final boolean postgres;
    private boolean warming;

    private ErtWorkload(Profile profile, ServerProcess server, List<String> only, boolean postgres) {
        this.profile = profile;
        this.only = only;
        this.postgres = postgres;
        this.server = server;
        this.client = new Client(server.base(), TOKEN);
        this.responses = IntStream.range(0, profile.responses()).mapToObj(r -> "resp_" + r).toList();
        this.dates = Payloads.dates(profile.steps());
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var profile = Profile.named(options.getOrDefault("--profile", "full"));
        var environment = new HashMap<String, String>();
        environment.put("ERT_STORAGE_TOKEN", TOKEN);
        String database = options.getOrDefault("--database", "h2");
        switch (database) {
            case "h2" -> environment.put("ERT_STORAGE_DATABASE_URL", "");
            case "postgres" -> environment.put("ERT_STORAGE_DATABASE_URL", options.getOrDefault("--database-url",
                    System.getenv().getOrDefault("ERT_STORAGE_BENCHMARK_DATABASE_URL",
                            "jdbc:postgresql://127.0.0.1:5432/ert_benchmark?user=postgres")));
            default -> throw new IllegalArgumentException("--database must be h2 or postgres, not '" + database + "'");
        }
        var home = Path.of(options.getOrDefault("--home", ".")).toAbsolutePath().normalize();
        int port = Integer.parseInt(options.getOrDefault("--port", "18200"));
        var only = options.containsKey("--only") ? List.of(options.get("--only").split(",")) : List.<String>of();
        int errors;
        try (var server = ServerProcess.start(home, port, environment)) {
            System.out.println("ERT workload, profile " + profile.name() + ", database " + database + ", server "
                    + server.base());
            errors = new ErtWorkload(profile, server, only, database.equals("postgres")).run(database);
        }
        System.exit(errors == 0 ? 0 : 1);
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options come as --name value pairs; got '" + args[i] + "'");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private int run(String database) throws Exception {
        var priors = new StringBuilder();
        for (int p = 0; p < profile.parameters(); p++) {
            priors.append(p == 0 ? "" : ",").append("\"p").append(p).append("\":{\"function\":\"normal\",\"mean\":0,\"std\":1}");
        }
        String experiment = client.create("/experiments", "{\"name\":\"benchmark\",\"priors\":{" + priors + "}}");
        try {
            warmUp(experiment);
            var ensembles = new HashMap<String, String>();
            for (String format : List.of("json", "csv", "npy")) {
                ensembles.put(format, client.create("/experiments/" + experiment + "/ensembles", ensembleBody()));
                ingest(format, ensembles.get(format), profile.realizations());
            }
            bulkIngest(experiment);
            reads(ensembles.get("csv"), profile);
            misfits(experiment, ensembles.get("csv"), profile, "obs");
            blobs(ensembles.get("npy"));
        } finally {
            client.send("DELETE", "/experiments/" + experiment, null, (byte[]) null, null);
        }
        System.out.println();
        System.out.println(Scenario.header());
        results.forEach(scenario -> System.out.println(scenario.row()));
        System.out.println();
        results.forEach(scenario -> System.out.println(scenario.json()));
        long rss = server.peakRssBytes();
        System.out.printf(Locale.ROOT, "{\"profile\":\"%s\",\"database\":\"%s\",\"server_peak_rss_mb\":%.1f}%n",
                profile.name(), database, rss / 1e6);
        int errors = results.stream().mapToInt(Scenario::errors).sum();
        results.stream().filter(s -> s.errors() > 0)
                .forEach(s -> System.out.println(s.name() + ": " + s.errors() + " errors, first: " + s.firstError()));
        return errors;
    }

    private String ensembleBody() {
        var names = new StringBuilder();
        responses.forEach(name -> names.append(names.isEmpty() ? "\"" : ",\"").append(name).append('"'));
        return "{\"size\":" + profile.realizations() + ",\"parameter_names\":[\"coeffs\"],\"response_names\":[" + names + "]}";
    }

    /**
     * Unmeasured uploads, reads and misfits of every kind on an ensemble of its own, so that the
     * measured scenarios see a server whose code paths are compiled, as a long-running server's are
     * (without misfits here, the C2 compilations of their code ran during the measured ones).
     */
    private void warmUp(String experiment) throws Exception {
        warming = true;
        var smoke = Profile.named("smoke");
        // Five times smoke's reads and misfits: with fewer, C2 still compiled their per-column and
        // per-value loops during the measured scenarios (over a second of compiler CPU in 100 Parquet reads).
        var counts = new Profile("warm-up", smoke.realizations(), smoke.parameters(), smoke.responses(), smoke.steps(),
                5 * smoke.reads(), smoke.smallReads(), 5 * smoke.misfits(), smoke.blobSizes(), smoke.blobRepeats());
        for (String format : List.of("json", "csv", "npy")) {
            String ensemble = client.create("/experiments/" + experiment + "/ensembles", ensembleBody());
            ingest(format, ensemble, counts.realizations());
            if (format.equals("csv")) {
                reads(ensemble, counts);
                misfits(experiment, ensemble, counts, "warm-up-obs");
            }
        }
        warming = false;
    }

    /** Per realization, the parameter record (1 x parameters) and every response (1 x steps), 8 uploads at a time. */
    private void ingest(String format, String ensemble, int realizations) throws Exception {
        var parameterLabels = IntStream.range(0, profile.parameters()).mapToObj(p -> "p" + p).toList();
        var operations = new ArrayList<Scenario.Operation>();
        for (int realization = 0; realization < realizations; realization++) {
            for (int record = -1; record < responses.size(); record++) {
                String name = record < 0 ? "coeffs" : responses.get(record);
                var values = new double[][] {
                        Payloads.values(realization, record, record < 0 ? profile.parameters() : profile.steps())};
                byte[] body = switch (format) {
                    case "csv" -> Payloads.csv(values, record < 0 ? parameterLabels : dates);
                    case "npy" -> Payloads.npy(values);
                    default -> Payloads.json(values);
                };
                String path = "/ensembles/" + ensemble + "/records/" + name + "/matrix?realization_index=" + realization;
                operations.add(() -> client.send("POST", path, UPLOAD_TYPES.get(format), body, null).length + body.length);
            }
        }
        measure("ingest-" + format, 8, operations);
    }

    /**
     * Bulk upload ({@code ?bulk=true}): each record name of the ensemble in one request holding
     * every realization's row, one request at a time; reports the MB/s of request bodies stored.
     */
    private void bulkIngest(String experiment) throws Exception {
        var parameterLabels = IntStream.range(0, profile.parameters()).mapToObj(p -> "p" + p).toList();
        for (String format : List.of("json", "csv", "npy")) {
            String ensemble = client.create("/experiments/" + experiment + "/ensembles", ensembleBody());
            var operations = new ArrayList<Scenario.Operation>();
            for (int record = -1; record < responses.size(); record++) {
                int columns = record < 0 ? profile.parameters() : profile.steps();
                var rows = new double[profile.realizations()][];
                for (int realization = 0; realization < rows.length; realization++) {
                    rows[realization] = Payloads.values(realization, record, columns);
                }
                byte[] body = switch (format) {
                    case "csv" -> Payloads.csv(rows, record < 0 ? parameterLabels : dates);
                    case "npy" -> Payloads.npy(rows);
                    default -> Payloads.json(rows);
                };
                String path = "/ensembles/" + ensemble + "/records/" + (record < 0 ? "coeffs" : responses.get(record))
                        + "/matrix?bulk=true";
                operations.add(() -> {
                    client.send("POST", path, UPLOAD_TYPES.get(format), body, null);
                    return body.length;
                });
            }
            measure("ingest-bulk-" + format, 1, operations);
        }
    }

    /** The reads of an ingested ensemble, as many as {@code counts} says. */
    private void reads(String ensemble, Profile counts) throws Exception {
        String records = "/ensembles/" + ensemble + "/records/";
        for (String format : List.of("json", "csv", "npy", "parquet")) {
            measure("read-ensemble-" + format, 1, times(counts.reads(),
                    i -> () -> client.send("GET", records + responses.get(i % responses.size()), null, (byte[]) null,
                            READ_TYPES.get(format)).length));
        }
        measure("read-ensemble-npy", 8, times(4 * counts.reads(),
                i -> () -> client.send("GET", records + responses.get(i % responses.size()), null, (byte[]) null,
                        READ_TYPES.get("npy")).length));
        for (String format : List.of("json", "npy")) {
            measure("read-realization-" + format, 8, times(counts.smallReads(), i -> () -> client.send("GET",
                    records + responses.get(i % responses.size()) + "?realization_index=" + (i / responses.size())
                            % counts.realizations(), null, (byte[]) null, READ_TYPES.get(format)).length));
        }
        measure("read-parameters", 8, times(4 * counts.reads(),
                i -> () -> client.send("GET", records + "coeffs", null, (byte[]) null, null).length));
        measure("ensemble-metadata", 8, times(counts.smallReads(),
                i -> () -> client.send("GET", "/ensembles/" + ensemble, null, (byte[]) null, null).length));
        for (String listing : List.of("records", "responses", "parameters")) {
            measure("list-" + listing, 1, times(counts.reads(),
                    i -> () -> client.send("GET", "/ensembles/" + ensemble + "/" + listing, null, (byte[]) null, null).length));
        }
    }

    /**
     * One observation on the whole time axis, attached to every response record, then misfits of
     * each response, as many as {@code counts} says; the observation's name is new in the experiment.
     */
    private void misfits(String experiment, String ensemble, Profile counts, String name) throws Exception {
        String observation = new String(client.send("POST", "/experiments/" + experiment + "/observations",
                "application/json", Payloads.observation(name, dates), null), StandardCharsets.UTF_8)
                .replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        byte[] link = ("[\"" + observation + "\"]").getBytes(StandardCharsets.UTF_8);
        var attach = new ArrayList<Scenario.Operation>();
        for (String response : responses) {
            for (int realization = 0; realization < counts.realizations(); realization++) {
                String path = "/ensembles/" + ensemble + "/records/" + response + "/observations?realization_index="
                        + realization;
                attach.add(() -> client.send("POST", path, "application/json", link, null).length);
            }
        }
        measure("attach-observations", 8, attach);
        for (boolean summary : List.of(false, true)) {
            measure(summary ? "misfits-summary" : "misfits-univariate", 1, times(counts.misfits(),
                    i -> () -> client.send("GET", "/compute/misfits?ensemble_id=" + ensemble + "&response_name="
                            + responses.get(i % responses.size()) + "&summary_misfits=" + summary,
                            null, (byte[]) null, null).length));
        }
    }

    /** Each blob size single-shot ({@code POST …/file}) and chunked in 4 MiB blocks, up then down. */
    private void blobs(String ensemble) throws Exception {
        String records = "/ensembles/" + ensemble + "/records/";
        for (int megabytes : profile.blobSizes()) {
            var bytes = new byte[megabytes * 1_000_000];
            new Random(megabytes).nextBytes(bytes);
            String single = "blob_" + megabytes + "MB_single_";
            var frame = Payloads.multipartFrame("benchmarkboundary", "blob.bin");
            measure("blob-" + megabytes + "MB-single-up", 1, times(profile.blobRepeats(), i -> () -> {
                client.send("POST", records + single + i + "/file", "multipart/form-data; boundary=benchmarkboundary",
                        HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(frame[0]),
                                HttpRequest.BodyPublishers.ofByteArray(bytes),
                                HttpRequest.BodyPublishers.ofByteArray(frame[1])), null);
                return bytes.length;
            }));
            measure("blob-" + megabytes + "MB-single-down", 1, times(profile.blobRepeats(),
                    i -> () -> client.download(records + single + i)));
            String chunked = "blob_" + megabytes + "MB_chunked_";
            measure("blob-" + megabytes + "MB-chunked-up", 1, times(profile.blobRepeats(), i -> () -> {
                String path = records + chunked + i + "/blob";
                client.send("POST", path, null, (byte[]) null, null);
                for (int offset = 0, block = 0; offset < bytes.length; offset += BLOCK_BYTES, block++) {
                    client.send("PUT", path + "?block_index=" + block, "application/octet-stream",
                            HttpRequest.BodyPublishers.ofByteArray(bytes, offset, Math.min(BLOCK_BYTES, bytes.length - offset)),
                            null);
                }
                client.send("PATCH", path, null, (byte[]) null, null);
                return bytes.length;
            }));
            measure("blob-" + megabytes + "MB-chunked-down", 1, times(profile.blobRepeats(),
                    i -> () -> client.download(records + chunked + i)));
        }
    }

    private static List<Scenario.Operation> times(int count, IntFunction<Scenario.Operation> operation) {
        return IntStream.range(0, count).mapToObj(operation).toList();
    }

    private void measure(String name, int concurrency, List<Scenario.Operation> operations)
            throws InterruptedException, IOException {
        // The ingests feed every other scenario and the observations feed misfits: they run whatever --only says.
        boolean feeds = name.startsWith("ingest-") || name.equals("attach-observations") && selected("misfits-");
        if (!warming && !feeds && !selected(name)) {
            return;
        }
        var cpuBefore = cpu();
        var scenario = Scenario.run(name, concurrency, operations);
        scenario.server(server.peakRssBytes(), cpu().minus(cpuBefore));
        System.err.println((warming ? "warm-up " : "") + scenario.row());
        if (!warming && selected(name)) {
            results.add(scenario);
        } else if (scenario.errors() > 0) {
            throw new IllegalStateException("warm-up " + name + " failed: " + scenario.firstError());
        }
    }

    private Scenario.Cpu cpu() throws IOException {
        return new Scenario.Cpu(server.cpuNanos(), ProcessCpu.nanos(ProcessHandle.current().pid()),
                postgres ? ProcessCpu.postgresNanos() : 0);
    }

    /** Whether {@code --only} asks for the scenario {@code name} (everything without it). */
    private boolean selected(String name) {
        return only.isEmpty() || only.stream().anyMatch(name::startsWith);
    }
}
