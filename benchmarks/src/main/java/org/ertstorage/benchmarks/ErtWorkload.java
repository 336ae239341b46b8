package org.ertstorage.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import org.ertstorage.bootstrap.EmbeddedServer;

/**
 * The ERT workload: forward models of R realizations upload parameters and responses
 * (50 x 1000 time steps with date labels) in JSON, CSV and .npy; then one response is read across
 * all realizations in every format, misfits are computed, and a 100 MB blob goes up and down.
 */
public final class ErtWorkload {

    private static final String TOKEN = "benchmark";
    private static final int PARAMETERS = 10;
    private static final int CONCURRENT_UPLOADS = 8;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final int realizations;
    private final int responses;
    private final int steps;
    private final int repeat;
    private final List<Scenario> results = new ArrayList<>();

    private ErtWorkload(URI base, Map<String, String> options) {
        this.base = base;
        this.realizations = Integer.parseInt(options.getOrDefault("--realizations", "100"));
        this.responses = Integer.parseInt(options.getOrDefault("--responses", "50"));
        this.steps = Integer.parseInt(options.getOrDefault("--steps", "1000"));
        this.repeat = Integer.parseInt(options.getOrDefault("--repeat", "20"));
    }

    public static void main(String[] args) throws Exception {
        var options = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        var environment = new HashMap<String, String>();
        environment.put("ERT_STORAGE_TOKEN", TOKEN);
        if (options.containsKey("--database-url")) {
            environment.put("ERT_STORAGE_DATABASE_URL", options.get("--database-url"));
        }
        try (var server = EmbeddedServer.start(environment, "127.0.0.1", 0)) {
            new ErtWorkload(server.baseUri(), options).run();
        }
    }

    private void run() throws Exception {
        String experiment = id(send("POST", "/experiments", "application/json",
                "{\"name\":\"benchmark\"}".getBytes(StandardCharsets.UTF_8), null));
        var names = new StringBuilder();
        for (int r = 0; r < responses; r++) {
            names.append(r == 0 ? "" : ",").append("\"resp_").append(r).append('"');
        }
        String ensembleBody = "{\"size\":" + realizations + ",\"parameter_names\":[\"coeffs\"],\"response_names\":["
                + names + "]}";
        var ensembles = new HashMap<String, String>();
        for (String format : List.of("json", "csv", "npy")) {
            ensembles.put(format, id(send("POST", "/experiments/" + experiment + "/ensembles", "application/json",
                    ensembleBody.getBytes(StandardCharsets.UTF_8), null)));
        }
        ingest("ingest-json", ensembles.get("json"), "application/json");
        ingest("ingest-csv", ensembles.get("csv"), "text/csv");
        ingest("ingest-npy", ensembles.get("npy"), "application/x-numpy");

        String csvEnsemble = ensembles.get("csv");
        for (var format : List.of(List.of("read-json", "application/json"), List.of("read-csv", "text/csv"),
                List.of("read-npy", "application/x-numpy"), List.of("read-parquet", "application/x-parquet"))) {
            repeated(format.get(0), () -> send("GET", "/ensembles/" + csvEnsemble + "/records/resp_0", null, null,
                    format.get(1)).length);
        }
        misfits(experiment, csvEnsemble);
        blob(ensembles.get("json"));

        System.out.println();
        System.out.println(Scenario.header());
        results.forEach(scenario -> System.out.println(scenario.row()));
        System.out.println();
        results.forEach(scenario -> System.out.println(scenario.json()));
    }

    private void ingest(String name, String ensemble, String contentType) throws Exception {
        var scenario = new Scenario(name, realizations * (responses + 1));
        var limit = new Semaphore(CONCURRENT_UPLOADS);
        var uploads = new ArrayList<Future<?>>();
        scenario.start();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int realization = 0; realization < realizations; realization++) {
                for (int response = -1; response < responses; response++) {
                    String record = response < 0 ? "coeffs" : "resp_" + response;
                    double[] values = Payloads.values(realization, response, response < 0 ? PARAMETERS : steps);
                    byte[] body = switch (contentType) {
                        case "text/csv" -> Payloads.csv(values);
                        case "application/x-numpy" -> Payloads.npy(values);
                        default -> Payloads.json(values);
                    };
                    String path = "/ensembles/" + ensemble + "/records/" + record + "/matrix?realization_index=" + realization;
                    uploads.add(executor.submit(() -> {
                        limit.acquireUninterruptibly();
                        try {
                            timed(scenario, () -> {
                                send("POST", path, contentType, body, null);
                                return body.length;
                            });
                        } finally {
                            limit.release();
                        }
                        return null;
                    }));
                }
            }
            for (var upload : uploads) {
                upload.get();
            }
        }
        scenario.stop();
        results.add(scenario);
    }

    private void misfits(String experiment, String ensemble) throws Exception {
        var xAxis = new StringBuilder();
        var values = new StringBuilder();
        var errors = new StringBuilder();
        for (int i = 0; i < Math.min(10, steps); i++) {
            String separator = i == 0 ? "" : ",";
            xAxis.append(separator).append('"').append(LocalDate.of(2020, 1, 1).plusDays(i * 10L)).append('"');
            values.append(separator).append(0.5);
            errors.append(separator).append(0.1);
        }
        String observation = id(send("POST", "/experiments/" + experiment + "/observations", "application/json",
                ("{\"name\":\"obs\",\"x_axis\":[" + xAxis + "],\"values\":[" + values + "],\"errors\":[" + errors + "]}")
                        .getBytes(StandardCharsets.UTF_8), null));
        for (int realization = 0; realization < realizations; realization++) {
            send("POST", "/ensembles/" + ensemble + "/records/resp_0/observations?realization_index=" + realization,
                    "application/json", ("[\"" + observation + "\"]").getBytes(StandardCharsets.UTF_8), null);
        }
        repeated("misfits", () -> send("GET", "/compute/misfits?ensemble_id=" + ensemble + "&response_name=resp_0",
                null, null, null).length);
    }

    /** A 100 MB blob in 4 MiB blocks up, then down; skipped while the server has no blob routes. */
    private void blob(String ensemble) throws Exception {
        String path = "/ensembles/" + ensemble + "/records/big_blob/blob";
        var create = http.send(request("POST", path, null, null, null), HttpResponse.BodyHandlers.ofString());
        if (create.statusCode() != 200) {
            System.out.println("blob scenarios skipped: POST " + path + " answered " + create.statusCode());
            return;
        }
        int blockSize = 4 * 1024 * 1024;
        int blocks = 25;
        var block = new byte[blockSize];
        new java.util.Random(42).nextBytes(block);
        var up = new Scenario("blob-up-100MB", blocks + 1);
        up.start();
        for (int i = 0; i < blocks; i++) {
            int index = i;
            timed(up, () -> send("PUT", path + "?block_index=" + index, "application/octet-stream", block, null).length
                    + blockSize);
        }
        timed(up, () -> send("PATCH", path, null, null, null).length);
        up.stop();
        results.add(up);
        var down = new Scenario("blob-down-100MB", 1);
        down.start();
        timed(down, () -> {
            var response = http.send(request("GET", "/ensembles/" + ensemble + "/records/big_blob", null, null, null),
                    HttpResponse.BodyHandlers.ofInputStream());
            long total = 0;
            try (InputStream body = response.body()) {
                var buffer = new byte[1 << 16];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    total += read;
                }
            }
            return total;
        });
        down.stop();
        results.add(down);
    }

    private void repeated(String name, Callable<Integer> operation) throws Exception {
        var scenario = new Scenario(name, repeat);
        scenario.start();
        for (int i = 0; i < repeat; i++) {
            timed(scenario, () -> (long) operation.call());
        }
        scenario.stop();
        results.add(scenario);
    }

    private interface Operation {
        long run() throws Exception;
    }

    private static void timed(Scenario scenario, Operation operation) throws Exception {
        long start = System.nanoTime();
        long bytes = operation.run();
        scenario.record(System.nanoTime() - start, bytes);
    }

    private byte[] send(String method, String path, String contentType, byte[] body, String accept)
            throws IOException, InterruptedException {
        var response = http.send(request(method, path, contentType, body, accept), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    private HttpRequest request(String method, String path, String contentType, byte[] body, String accept) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).header("Token", TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    private static String id(byte[] json) {
        var matcher = ID.matcher(new String(json, StandardCharsets.UTF_8));
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + new String(json, StandardCharsets.UTF_8));
        }
        return matcher.group(1);
    }
}
