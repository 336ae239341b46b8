package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: {@code POST …/records/{name}/matrix?bulk=true} stores one forward-model record per row
 * of the body (realization = row label in CSV/Parquet, row position in JSON/.npy), all or none.
 */
public abstract class BulkUploadApiContract extends ApiContract {

    private String ensemble(int size) {
        var experiment = ApiTestData.experiment(api(), "{\"name\":\"bulk-" + UUID.randomUUID() + "\"}");
        return ApiTestData.ensemble(api(), experiment,
                "{\"size\":" + size + ",\"parameter_names\":[\"coeffs\"],\"response_names\":[\"resp\"]}");
    }

    private ApiResponse bulk(String ensemble, String name, String contentType, byte[] body) {
        return api().sendBytes("POST", "/ensembles/" + ensemble + "/records/" + name + "/matrix?bulk=true", body,
                Map.of("Content-Type", contentType));
    }

    private ApiResponse bulkJson(String ensemble, String name, String json) {
        return bulk(ensemble, name, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private String readJson(String ensemble, String name, String query) {
        return api().get("/ensembles/" + ensemble + "/records/" + name + query).body();
    }

    @Test
    void givenJsonRows_bulkUpload_storesOneRecordPerRealizationInRowOrder() {
        var ensemble = ensemble(3);
        var outs = bulkJson(ensemble, "resp", "[[1, 2], [3, 4], [5, 6]]").expect(200);
        assertEquals(3, outs.size());
        outs.forEach(out -> assertEquals("resp", out.get("name").asText()));
        assertEquals("[3.0, 4.0]", readJson(ensemble, "resp", "?realization_index=1"));
        assertEquals("[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]", readJson(ensemble, "resp", ""));
        assertEquals("[5.0, 6.0]", api().get("/records/" + outs.get(2).get("id").asText() + "/data").body());
    }

    @Test
    void givenCsvWithRealizationIndex_bulkUpload_storesEachRowUnderItsLabel() {
        var ensemble = ensemble(5);
        var csv = ",2020-01-01,2020-01-02\n4,1.5,2.5\n0,3.5,4.5\n";
        bulk(ensemble, "resp", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(200);
        var four = api().send("GET", "/ensembles/" + ensemble + "/records/resp?realization_index=4", (String) null,
                Map.of("Accept", "text/csv"));
        assertEquals(",2020-01-01,2020-01-02\n4,1.5,2.5\n", four.body());
        assertEquals("[3.5, 4.5]", readJson(ensemble, "resp", "?realization_index=0"));
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=1").status());
    }

    @Test
    void givenNpyOfTwoRows_bulkUpload_storesRealizationsZeroAndOne() {
        var ensemble = ensemble(2);
        bulk(ensemble, "coeffs", "application/x-numpy", npy(2, 3, 1, 2, 3, 4, 5, 6)).expect(200);
        assertEquals("[4.0, 5.0, 6.0]", readJson(ensemble, "coeffs", "?realization_index=1"));
        assertEquals("[1.0, 2.0, 3.0]", readJson(ensemble, "coeffs", "?realization_index=0"));
    }

    @Test
    void givenOneRealizationTaken_bulkUpload_conflictsAndStoresNone() {
        var ensemble = ensemble(3);
        api().post("/ensembles/" + ensemble + "/records/resp/matrix?realization_index=2", "[[9, 9]]").expect(200);
        bulkJson(ensemble, "resp", "[[1, 2], [3, 4], [5, 6]]").expect(409);
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=0").status());
        assertEquals("[9.0, 9.0]", readJson(ensemble, "resp", "?realization_index=2"));
    }

    @Test
    void givenRealizationOutsideEnsemble_bulkUpload_answers417AndStoresNone() {
        var ensemble = ensemble(2);
        var csv = ",a\n0,1.0\n7,2.0\n";
        var error = bulk(ensemble, "resp", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).expect(417);
        assertTrue(error.get("detail").get("error").asText().contains("7"), error::toString);
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=0").status());
    }

    @Test
    void givenBodiesThatAreNoRealizationRows_bulkUpload_answers422() {
        var ensemble = ensemble(3);
        assertEquals(422, bulkJson(ensemble, "resp", "[1, 2, 3]").status());
        assertEquals(422, bulk(ensemble, "resp", "text/csv", ",a\nx,1.0\n".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(422, bulk(ensemble, "resp", "text/csv", ",a\n1,1.0\n1,2.0\n".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals(422, bulkJson(ensemble, "resp", "{\"a\": 1}").status());
        var withIndex = api().send("POST", "/ensembles/" + ensemble + "/records/resp/matrix?bulk=true&realization_index=0",
                "[[1, 2]]", Map.of("Content-Type", "application/json"));
        assertEquals(422, withIndex.status());
        assertTrue(withIndex.json().get("detail").get("error").asText().contains("realization_index"), withIndex::body);
        assertEquals(404, api().get("/ensembles/" + ensemble + "/records/resp?realization_index=0").status());
    }

    @Test
    void givenCompleteEnsemble_bulkUpload_conflicts() {
        var ensemble = ensemble(2);
        api().post("/ensembles/" + ensemble + "/complete", null).expect(200);
        bulkJson(ensemble, "resp", "[[1], [2]]").expect(409);
    }

    private static byte[] npy(int rows, int columns, double... values) {
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int length = header.length() + 1;
        int padding = (64 - (10 + length) % 64) % 64;
        var buffer = ByteBuffer.allocate(10 + length + padding + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                .putShort((short) (length + padding)).put(header.getBytes(StandardCharsets.US_ASCII))
                .put(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII)).put((byte) '\n');
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }
}
