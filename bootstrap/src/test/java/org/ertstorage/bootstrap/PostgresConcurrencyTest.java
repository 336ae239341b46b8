package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: concurrent clients on one PostgreSQL lose nothing, races on one record slot give
 * exactly one 200, and concurrent userdata merges lose no key (DATA-MODEL §7, D-47). CI runs 16
 * clients × 2,000 records; {@code -Dert.concurrency.clients=64 -Dert.concurrency.records=20000}
 * is the full profile of RELIABILITY.md.
 */
class PostgresConcurrencyTest {

    private static final int CLIENTS = Integer.getInteger("ert.concurrency.clients", 16);
    private static final int RECORDS = Integer.getInteger("ert.concurrency.records", 2_000);

    private static final AtomicInteger busy = new AtomicInteger();
    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabases.postgres());
        api = new ApiClient(server.baseUri(), TestServer.TOKEN);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String ensemble(int size) {
        var experiment = api.post("/experiments", "{\"name\":\"concurrency-" + UUID.randomUUID() + "\"}").expect(200)
                .get("id").asText();
        return api.post("/experiments/" + experiment + "/ensembles",
                "{\"size\":" + size + ",\"parameter_names\":[],\"response_names\":[\"resp\"]}").expect(200).get("id").asText();
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        try (var executor = Executors.newFixedThreadPool(CLIENTS)) {
            var results = new ArrayList<T>();
            for (Future<T> future : executor.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        }
    }

    /**
     * A client as the 503 asks: when no database connection frees up within the pool's timeout the
     * server sheds the request with Retry-After, and the client sends it again after that wait.
     * Only the final answer counts; the bound keeps a stuck server from hanging the test.
     */
    private static int sendRetryingWhenBusy(String method, String path, String body) throws InterruptedException {
        for (int attempt = 0; attempt < 20; attempt++) {
            var response = api.send(method, path, body, Map.of("Content-Type", "application/json"));
            if (response.status() != 503) {
                return response.status();
            }
            busy.incrementAndGet();
            Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
        }
        return 503;
    }

    private static double[] values(int realization) {
        return new double[] {realization + 0.1, -realization, realization * 1e-300};
    }

    @Test
    void givenManyClients_uploadDistinctRecords_everyAcknowledgedRecordReadsBackBitExactly() throws Exception {
        var ensemble = ensemble(RECORDS);
        var uploads = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < RECORDS; i++) {
            int realization = i;
            var body = Arrays.toString(values(realization)).replace("E", "e");
            uploads.add(() -> sendRetryingWhenBusy("POST", "/ensembles/" + ensemble
                    + "/records/resp/matrix?realization_index=" + realization, body));
        }
        long start = System.nanoTime();
        assertEquals(List.of(200), concurrently(uploads).stream().distinct().toList());
        long millis = Math.max(1, (System.nanoTime() - start) / 1_000_000);

        var npy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                server.baseUri().resolve("/ensembles/" + ensemble + "/records/resp"))
                .header("Token", TestServer.TOKEN).header("Accept", "application/x-numpy").build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        var data = ByteBuffer.wrap(npy, 10 + headerLength, npy.length - 10 - headerLength).order(ByteOrder.LITTLE_ENDIAN)
                .asDoubleBuffer();
        assertEquals(RECORDS * 3, data.remaining());
        for (int realization = 0; realization < RECORDS; realization++) {
            for (double expected : values(realization)) {
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(data.get()),
                        "realization " + realization);
            }
        }
        System.out.printf("PostgresConcurrencyTest: %d clients uploaded %d records in %d ms (%d uploads/s, %d answers 503"
                + " retried), all read back bit-exactly%n", CLIENTS, RECORDS, millis, RECORDS * 1000L / millis, busy.get());
    }

    @Test
    void givenRacingUploadsOfOneSlot_upload_answersOneOkAndConflictsForTheRest() throws Exception {
        var ensemble = ensemble(2);
        var racers = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < CLIENTS; i++) {
            int racer = i;
            racers.add(() -> sendRetryingWhenBusy("POST",
                    "/ensembles/" + ensemble + "/records/resp/matrix?realization_index=1", "[" + racer + ".5]"));
        }
        var statuses = concurrently(racers);
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(1, api.get("/ensembles/" + ensemble + "/records").expect(200).size());
    }

    /**
     * Forward-model uploads of a name share its lock on PostgreSQL; an ensemble-wide upload takes
     * it alone, so it and forward-model records of the name are never both acknowledged
     * (DATA-MODEL 6.6), whichever comes first.
     */
    @Test
    void givenEnsembleWideAndForwardModelUploadsRacing_upload_neverAcknowledgesBoth() throws Exception {
        for (int round = 0; round < 20; round++) {
            var ensemble = ensemble(CLIENTS);
            var racers = new ArrayList<Callable<Integer>>();
            racers.add(() -> sendRetryingWhenBusy("POST", "/ensembles/" + ensemble + "/records/other/matrix", "[0.5]"));
            for (int i = 1; i < CLIENTS; i++) {
                int realization = i;
                racers.add(() -> sendRetryingWhenBusy("POST",
                        "/ensembles/" + ensemble + "/records/other/matrix?realization_index=" + realization, "[1.5]"));
            }
            var statuses = concurrently(racers);
            boolean ensembleWide = statuses.getFirst() == 200;
            var forwardModel = statuses.subList(1, CLIENTS);
            assertEquals(List.of(ensembleWide ? 409 : 200), forwardModel.stream().distinct().toList(), statuses.toString());
            if (!ensembleWide) {
                assertEquals(409, statuses.getFirst(), statuses.toString());
            }
        }
    }

    @Test
    void givenConcurrentPatches_userdata_keepsEveryKey() throws Exception {
        var ensemble = ensemble(1);
        var patches = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 4 * CLIENTS; i++) {
            int key = i;
            patches.add(() -> sendRetryingWhenBusy("PATCH", "/ensembles/" + ensemble + "/userdata",
                    "{\"k" + key + "\":" + key + "}"));
        }
        assertEquals(List.of(200), concurrently(patches).stream().distinct().toList());
        assertEquals(4 * CLIENTS, api.get("/ensembles/" + ensemble + "/userdata").expect(200).size());
    }
}
