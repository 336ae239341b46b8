package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: {@code .npy} records and {@code .npy} and CSV bulk rows stream from the request into
 * the store. Bodies are also sent chunked (no {@code Content-Length}), so that a truncated or
 * overlong body is found only while its values are stored: the answer is still a 422 and nothing
 * stays. Bulk bodies here are longer than one batch of rows.
 */
public abstract class StreamedUploadApiContract extends ApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** More rows than the upload stores in one batch, so a failure comes after rows were inserted. */
    private static final int ROWS = 600;

    private String ensemble(int size) {
        var experiment = ApiTestData.experiment(api(), "{\"name\":\"streamed-" + UUID.randomUUID() + "\"}");
        return ApiTestData.ensemble(api(), experiment,
                "{\"size\":" + size + ",\"parameter_names\":[\"coeffs\"],\"response_names\":[\"resp\"]}");
    }

    /** A body sent as it is produced, without a declared length (chunked). */
    private ApiResponse chunked(String path, String contentType, byte[] body) {
        var request = HttpRequest.newBuilder(baseUri().resolve(path)).header("Token", token())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse("POST " + path, response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiResponse fixed(String path, String contentType, byte[] body) {
        return api().sendBytes("POST", path, body, Map.of("Content-Type", contentType));
    }

    private static String matrix(String ensemble, String name, String query) {
        return "/ensembles/" + ensemble + "/records/" + name + "/matrix" + query;
    }

    /** Records of the ensemble, and the values of name "kept" stored before the failing upload. */
    private String snapshot(String ensemble) {
        return api().get("/ensembles/" + ensemble + "/records").body() + api().get("/ensembles/" + ensemble
                + "/records/kept").body();
    }

    @Test
    void givenNpyOfOtherDtypesAndOrders_upload_storesTheirValuesAsDoubles() {
        var ensemble = ensemble(2);
        var floats = ByteBuffer.allocate(6 * 4).order(ByteOrder.BIG_ENDIAN);
        IntStream.rangeClosed(1, 6).forEach(v -> floats.putFloat(v + 0.5f));
        chunked(matrix(ensemble, "floats", ""), "application/x-numpy", npy(">f4", false, "2, 3", floats.array())).expect(200);
        assertEquals("[[1.5, 2.5, 3.5], [4.5, 5.5, 6.5]]", api().get("/ensembles/" + ensemble + "/records/floats").body());
        // [[1, 2, 3], [4, 5, 6]] in Fortran order
        var longs = ByteBuffer.allocate(6 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : new long[] {1, 4, 2, 5, 3, 6}) {
            longs.putLong(v);
        }
        fixed(matrix(ensemble, "fortran", ""), "application/x-numpy", npy("<i8", true, "2, 3", longs.array())).expect(200);
        assertEquals("[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]", api().get("/ensembles/" + ensemble + "/records/fortran").body());
    }

    @Test
    void givenOneDimensionalNpyForEnsembleWideParameter_upload_answersDimensionalityErrorFromItsHead() {
        var ensemble = ensemble(2);
        var data = ByteBuffer.allocate(3 * 8).order(ByteOrder.LITTLE_ENDIAN).putDouble(1).putDouble(2).putDouble(3);

        var detail = chunked(matrix(ensemble, "coeffs", ""), "application/x-numpy", npy("<f8", false, "3,", data.array()))
                .expect(422).get("detail");

        assertEquals("Ensemble-wide parameter record 'coeffs' for ensemble '" + ensemble
                + "'must have dimensionality of at least 2", detail.get("error").asText());
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/coeffs").status());
    }

    @Test
    void givenNpyRecordOrRowBeyondWhatAColumnHolds_upload_answers413FromItsHeader() {
        var ensemble = ensemble(2);
        // Headers alone: the answer comes before any value would be read.
        assertEquals(413, chunked(matrix(ensemble, "resp", "?realization_index=0"), "application/x-numpy",
                npy("<f8", false, "200000000,", new byte[0])).status());
        assertEquals(413, chunked(matrix(ensemble, "resp", "?bulk=true"), "application/x-numpy",
                npy("<f8", false, "2, 200000000", new byte[0])).status());
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=0").status());
    }

    @Test
    void givenTruncatedNpy_upload_answers422AndStoresNothing() {
        var ensemble = ensemble(3);
        fixed(matrix(ensemble, "kept", ""), "application/x-numpy", doubles(2, 2)).expect(200);
        var before = snapshot(ensemble);
        byte[] body = doubles(40, 1000);
        byte[] truncated = Arrays.copyOf(body, body.length - 12_345);

        var detail = chunked(matrix(ensemble, "resp", "?realization_index=1"), "application/x-numpy", truncated)
                .expect(422).get("detail");
        assertEquals("Forward-model record 'resp' for realization 1 needs to be a matrix", detail.get("error").asText());
        assertEquals(422, chunked(matrix(ensemble, "wide", ""), "application/x-numpy", truncated).status());
        // Declared, the length alone shows the body does not fit its header.
        assertEquals(422, fixed(matrix(ensemble, "resp", "?realization_index=1"), "application/x-numpy", truncated).status());

        assertEquals(before, snapshot(ensemble));
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=1").status());
        chunked(matrix(ensemble, "resp", "?realization_index=1"), "application/x-numpy", body).expect(200);
    }

    @Test
    void givenNpyRunningOnPastItsShape_upload_answers422AndStoresNothing() {
        var ensemble = ensemble(2);
        fixed(matrix(ensemble, "kept", ""), "application/x-numpy", doubles(2, 2)).expect(200);
        var before = snapshot(ensemble);
        byte[] longer = Arrays.copyOf(doubles(3, 1000), doubles(3, 1000).length + 8);

        assertEquals(422, chunked(matrix(ensemble, "resp", "?realization_index=0"), "application/x-numpy", longer).status());

        assertEquals(before, snapshot(ensemble));
    }

    @Test
    void givenNpyAndCsvOfMoreRowsThanABatch_bulkUpload_storesEveryRow() {
        var ensemble = ensemble(ROWS);
        var outs = chunked(matrix(ensemble, "resp", "?bulk=true"), "application/x-numpy", doubles(ROWS, 3)).expect(200);
        assertEquals(ROWS, outs.size());
        assertEquals("[1797.0, 1798.0, 1799.0]", api().get("/ensembles/" + ensemble + "/records/resp?realization_index="
                + (ROWS - 1)).body());

        var csv = csv(ROWS, -1).getBytes(StandardCharsets.UTF_8);
        assertEquals(ROWS, chunked(matrix(ensemble, "other", "?bulk=true"), "text/csv", csv).expect(200).size());
        assertEquals("[1797.0, 1798.0, 1799.0]", api().get("/ensembles/" + ensemble + "/records/other?realization_index="
                + (ROWS - 1)).body());
    }

    @Test
    void givenTruncatedNpyOrRaggedCsvAfterTheFirstBatch_bulkUpload_answers422AndStoresNone() {
        var ensemble = ensemble(ROWS);
        fixed(matrix(ensemble, "kept", ""), "application/x-numpy", doubles(2, 2)).expect(200);
        var before = snapshot(ensemble);
        byte[] npy = doubles(ROWS, 3);

        assertEquals(422, chunked(matrix(ensemble, "resp", "?bulk=true"), "application/x-numpy",
                Arrays.copyOf(npy, npy.length - 3 * 8 * 100 - 4)).status());
        assertEquals(422, chunked(matrix(ensemble, "resp", "?bulk=true"), "text/csv",
                csv(ROWS, 500).getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(422, fixed(matrix(ensemble, "resp", "?bulk=true"), "text/csv",
                csv(ROWS, 500).getBytes(StandardCharsets.UTF_8)).status());

        assertEquals(before, snapshot(ensemble));
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=0").status());
    }

    /** Rows 0, 1, … of three columns counting up from 0, the row {@code ragged} with a cell too many. */
    private static String csv(int rows, int ragged) {
        return IntStream.range(0, rows).mapToObj(r -> r + "," + (3 * r) + "," + (3 * r + 1) + "," + (3 * r + 2)
                + (r == ragged ? ",9" : "")).collect(Collectors.joining("\n", ",a,b,c\n", "\n"));
    }

    /** A float64 matrix counting up from 0 in C order. */
    private static byte[] doubles(int rows, int columns) {
        var data = ByteBuffer.allocate(rows * columns * 8).order(ByteOrder.LITTLE_ENDIAN);
        IntStream.range(0, rows * columns).forEach(data::putDouble);
        return npy("<f8", false, rows + ", " + columns, data.array());
    }

    private static byte[] npy(String descr, boolean fortran, String shape, byte[] data) {
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" + shape
                + "), }";
        int padding = (64 - (10 + dict.length() + 1) % 64) % 64;
        var header = (dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.US_ASCII);
        var buffer = ByteBuffer.allocate(10 + header.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                .putShort((short) header.length).put(header).put(data);
        return buffer.array();
    }
}
