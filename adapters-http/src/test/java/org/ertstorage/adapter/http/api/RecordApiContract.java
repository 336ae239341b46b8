package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API.md §6: numeric records, their uploads, reads in every format, listings and links. */
public abstract class RecordApiContract extends ApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An experiment with prior "coeff_prior" and an ensemble of {@code size} declaring parameter "coeffs", response "resp". */
    private String ensemble(int size) {
        var experiment = api().post("/experiments", "{\"name\":\"records-" + UUID.randomUUID()
                + "\",\"priors\":{\"coeff_prior\":{\"function\":\"uniform\",\"min\":0,\"max\":1}}}").expect(200);
        return api().post("/experiments/" + experiment.get("id").asText() + "/ensembles",
                "{\"size\":" + size + ",\"parameter_names\":[\"coeffs\"],\"response_names\":[\"resp\"]}")
                .expect(200).get("id").asText();
    }

    private ApiResponse uploadJson(String ensemble, String name, String query, String json) {
        return raw("POST", "/ensembles/" + ensemble + "/records/" + name + "/matrix" + query, "application/json", null,
                json.getBytes(StandardCharsets.UTF_8));
    }

    private ApiResponse read(String ensemble, String name, String query, String accept) {
        return raw("GET", "/ensembles/" + ensemble + "/records/" + name + query, null, accept, null);
    }

    private ApiResponse raw(String method, String path, String contentType, String accept, byte[] body) {
        var builder = HttpRequest.newBuilder(baseUri().resolve(path)).header("Token", token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ApiResponse(method + " " + path, response.statusCode(), response.headers().map(),
                    new String(response.body(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenJsonMatrix_uploadAndRead_returnsFloatsAndRecordOut() {
        var ensemble = ensemble(3);
        var out = uploadJson(ensemble, "coeffs", "", "[[1, 2], [3, NaN], [Infinity, 1e-05]]").expect(200);
        assertEquals("coeffs", out.get("name").asText());
        assertFalse(out.get("has_observations").asBoolean());
        assertEquals("[[1.0, 2.0], [3.0, NaN], [Infinity, 1e-05]]", read(ensemble, "coeffs", "", null).body());
    }

    @Test
    void givenSingleRowUpload_readJson_returnsTheRowFlat() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "other", "", "[[1, 2, 3]]").expect(200);
        assertEquals("[1.0, 2.0, 3.0]", read(ensemble, "other", "", "application/json").body());
    }

    @Test
    void givenEnsembleWideParameter_readRealization_returnsItsRow() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "coeffs", "", "[[1, 2], [3, 4], [5, 6]]").expect(200);
        assertEquals("[3.0, 4.0]", read(ensemble, "coeffs", "?realization_index=1", null).body());
        assertEquals(404, read(ensemble, "coeffs", "?realization_index=7", null).status());
    }

    @Test
    void givenCsvUpload_readCsv_returnsPandasLayout() {
        var ensemble = ensemble(3);
        var csv = ",a,b,c\n0,1.1,2.1,3.1\n1,1.2,2.2,3.2\n";
        raw("POST", "/ensembles/" + ensemble + "/records/frame/matrix", "text/csv", null,
                csv.getBytes(StandardCharsets.UTF_8)).expect(200);
        var response = read(ensemble, "frame", "", "text/csv");
        assertEquals(csv, response.body());
        assertEquals("text/csv; charset=utf-8", response.header("Content-Type"));
        assertEquals("[\"a\",\"b\",\"c\"]", api().get("/ensembles/" + ensemble + "/records/frame/labels").body());
    }

    @Test
    void givenForwardModelRecords_readWithoutRealization_stacksThemByRealization() {
        var ensemble = ensemble(3);
        for (int i : new int[] {2, 0, 1}) {
            raw("POST", "/ensembles/" + ensemble + "/records/resp/matrix?realization_index=" + i, "text/csv", null,
                    (",A,B,C\n0," + i + ".5," + i + ".6," + i + ".7\n").getBytes(StandardCharsets.UTF_8)).expect(200);
        }
        var expected = ",A,B,C\n0,0.5,0.6,0.7\n1,1.5,1.6,1.7\n2,2.5,2.6,2.7\n";
        assertEquals(expected, read(ensemble, "resp", "", "text/csv").body());
        assertEquals(expected, raw("GET", "/ensembles/" + ensemble + "/responses/resp/data", null, null, null).body());
    }

    @Test
    void givenRealizationWithoutItsRecord_read_answersRecordNotFound() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "resp", "?realization_index=0", "[1, 2]").expect(200);
        var detail = read(ensemble, "resp", "?realization_index=1", null).expect(404).get("detail");
        assertEquals("Record not found", detail.get("error").asText());
        assertEquals("resp", detail.get("name").asText());
    }

    @Test
    void givenMatrix_readNumpy_returnsNpyVersion1WithTwoDimensionalShape() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "vector", "", "[1.5, 2.5, 3.5]").expect(200);
        var bytes = read(ensemble, "vector", "", "application/x-numpy").body().getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("\u0093NUMPY", new String(bytes, 0, 6, StandardCharsets.ISO_8859_1));
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        var header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (1, 3), }"), header);
        var data = ByteBuffer.wrap(bytes, 10 + headerLength, 24).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        var values = new double[3];
        data.get(values);
        assertArrayEquals(new double[] {1.5, 2.5, 3.5}, values);
    }

    @Test
    void givenNpyUpload_readJson_returnsItsValues() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "source", "", "[[1, 2], [3, 4]]").expect(200);
        var npy = read(ensemble, "source", "", "application/x-numpy").body().getBytes(StandardCharsets.ISO_8859_1);
        raw("POST", "/ensembles/" + ensemble + "/records/copy/matrix", "application/x-numpy", null, npy).expect(200);
        assertEquals("[[1.0, 2.0], [3.0, 4.0]]", read(ensemble, "copy", "", null).body());
    }

    @Test
    void givenTakenSlot_upload_answersConflict() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "resp", "?realization_index=1", "[1]").expect(200);
        var detail = uploadJson(ensemble, "resp", "?realization_index=1", "[2]").expect(409).get("detail");
        assertEquals("Ensemble-wide record 'resp' for ensemble '" + ensemble + "' already exists", detail.get("error").asText());
        assertEquals("1", detail.get("realization_index").asText());
    }

    @Test
    void givenInactiveRealization_upload_answersExpectationFailed() {
        var ensemble = ensemble(3);
        var detail = uploadJson(ensemble, "resp", "?realization_index=5", "[1]").expect(417).get("detail");
        assertEquals("Realization index 5 outside of allowed realization indices [0, 1, 2]", detail.get("error").asText());
    }

    @Test
    void givenNonMatrixBodies_upload_answersNeedsToBeAMatrix() {
        var ensemble = ensemble(3);
        for (String body : new String[] {"{\"a\": 1}", "5", "[[1, 2], [3]]", "[\"x\"]", "not json"}) {
            var detail = uploadJson(ensemble, "other", "", body).expect(422).get("detail");
            assertEquals("Ensemble-wide record 'other' for needs to be a matrix", detail.get("error").asText(), body);
        }
        var detail = uploadJson(ensemble, "other", "?realization_index=2", "{}").expect(422).get("detail");
        assertEquals("Forward-model record 'other' for realization 2 needs to be a matrix", detail.get("error").asText());
    }

    @Test
    void givenOneDimensionalEnsembleWideParameter_upload_answersDimensionalityError() {
        var ensemble = ensemble(3);
        var detail = uploadJson(ensemble, "coeffs", "", "[1, 2, 3]").expect(422).get("detail");
        assertEquals("Ensemble-wide parameter record 'coeffs' for ensemble '" + ensemble
                + "'must have dimensionality of at least 2", detail.get("error").asText());
    }

    @Test
    void givenPriorOnResponse_upload_answersPriorsOnlyForParameters() {
        var ensemble = ensemble(3);
        var detail = uploadJson(ensemble, "resp", "?prior=coeff_prior", "[[1]]").expect(422).get("detail");
        assertEquals("Priors can only be specified for parameter records", detail.get("error").asText());
        assertEquals("{\"detail\":\"Item not found\"}", uploadJson(ensemble, "coeffs", "?prior=nope", "[[1]]").body());
        uploadJson(ensemble, "coeffs", "?prior=coeff_prior", "[[1]]").expect(200);
    }

    @Test
    void givenCompleteEnsemble_upload_answersConflict() {
        var ensemble = ensemble(3);
        api().post("/ensembles/" + ensemble + "/complete", null).expect(200);
        var detail = uploadJson(ensemble, "resp", "?realization_index=0", "[1]").expect(409).get("detail");
        assertEquals("Ensemble '" + ensemble + "' is complete and cannot be modified", detail.get("error").asText());
    }

    @Test
    void givenRecords_listings_showOneRecordPerNameAndDeclaredParameters() {
        var ensemble = ensemble(3);
        raw("POST", "/ensembles/" + ensemble + "/records/coeffs/matrix", "text/csv", null,
                ",a,b\n0,1,2\n1,3,4\n2,5,6\n".getBytes(StandardCharsets.UTF_8)).expect(200);
        uploadJson(ensemble, "resp", "?realization_index=1", "[1]").expect(200);
        uploadJson(ensemble, "resp", "?realization_index=0", "[1]").expect(200);
        var records = api().get("/ensembles/" + ensemble + "/records").expect(200);
        assertEquals(2, records.size());
        assertEquals("coeffs", records.get("coeffs").get("name").asText());
        var responses = api().get("/ensembles/" + ensemble + "/responses").expect(200);
        assertEquals(1, responses.size());
        var id = responses.get("resp").get("id").asText();
        assertEquals(id, api().get("/records/" + id).expect(200).get("id").asText());
        assertEquals("[1.0]", api().get("/records/" + id + "/data").body());
        assertEquals("[{\"name\":\"coeffs\",\"labels\":[\"a\",\"b\"]}]", api().get("/ensembles/" + ensemble + "/parameters").body());
        assertEquals(404, api().get("/ensembles/" + UUID.randomUUID() + "/records").status());
        assertEquals("{\"detail\":\"Item not found\"}", api().get("/records/" + UUID.randomUUID()).body());
    }

    @Test
    void givenForwardModelRecord_userdata_needsItsRealization() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "resp", "?realization_index=2", "[1]").expect(200);
        var path = "/ensembles/" + ensemble + "/records/resp/userdata";
        assertEquals(404, api().get(path).status());
        api().put(path + "?realization_index=2", "{\"a\":1}").expect(200);
        api().patch(path + "?realization_index=2", "{\"b\":null}").expect(200);
        assertEquals("{\"a\":1,\"b\":null}", api().get(path + "?realization_index=2").body());
    }

    @Test
    void givenObservation_attachToRecord_linksBothWays() {
        var ensemble = ensemble(3);
        var experiment = api().get("/ensembles/" + ensemble).expect(200).get("experiment_id").asText();
        var observation = api().post("/experiments/" + experiment + "/observations",
                "{\"name\":\"obs\",\"x_axis\":[\"C\"],\"values\":[1],\"errors\":[0.1]}").expect(200).get("id").asText();
        uploadJson(ensemble, "resp", "?realization_index=0", "[1]").expect(200);
        var path = "/ensembles/" + ensemble + "/records/resp/observations?realization_index=0";
        var missing = api().post(path, "[\"" + UUID.randomUUID() + "\"]").expect(422).get("detail");
        assertTrue(missing.get("error").asText().startsWith("Observations ['"), missing.toString());
        assertEquals("null", api().post(path, "[\"" + observation + "\"]").expect(200).toString());
        assertEquals(observation, api().get(path).expect(200).get(0).get("id").asText());
        assertTrue(api().get("/ensembles/" + ensemble + "/records").expect(200).get("resp").get("has_observations").asBoolean());
        assertEquals(422, api().post(path, "{}").status());
    }

    @Test
    void givenUnknownEnsembleOrBadQuery_read_reportsTheRightError() {
        assertEquals(404, read(UUID.randomUUID().toString(), "x", "", null).status());
        var issue = read(UUID.randomUUID().toString(), "x", "?realization_index=one", null).expect(422).get("detail").get(0);
        assertEquals("type_error.integer", issue.get("type").asText());
    }

    @Test
    void givenObservedResponse_computeMisfits_answersTheOriginalsCsv() {
        var ensemble = ensemble(3);
        var experiment = api().get("/ensembles/" + ensemble).expect(200).get("experiment_id").asText();
        var observation = api().post("/experiments/" + experiment + "/observations",
                "{\"name\":\"obs\",\"x_axis\":[\"C\",\"E\",\"H\"],\"values\":[1,2,3],\"errors\":[0.1,0.2,0.3]}")
                .expect(200).get("id").asText();
        raw("POST", "/ensembles/" + ensemble + "/records/resp/matrix?realization_index=0", "text/csv", null,
                ",A,C,E,H\n0,9,0.651,0.341,0.181\n".getBytes(StandardCharsets.UTF_8)).expect(200);
        api().post("/ensembles/" + ensemble + "/records/resp/observations?realization_index=0", "[\"" + observation + "\"]")
                .expect(200);
        var query = "/compute/misfits?ensemble_id=" + ensemble + "&response_name=resp";
        var misfits = api().get(query);
        assertEquals(",C,E,H\n0,-12.180099999999998,-68.807025,-88.29734444444445\n", misfits.body());
        assertEquals("text/csv; charset=utf-8", misfits.header("Content-Type"));
        assertEquals(",0\n0,169.28446944444443\n", api().get(query + "&summary_misfits=yes").body());
        assertEquals("{\"detail\":\"Item not found\"}", api().get(query + "&realization_index=2").body());
        assertEquals(422, api().get("/compute/misfits?ensemble_id=" + ensemble + "&response_name=nothing").status());
        assertEquals(422, api().get(query + "&summary_misfits=maybe").status());
    }

    private ApiResponse uploadCsv(String ensemble, String name, String query, String contentType, String csv) {
        return raw("POST", "/ensembles/" + ensemble + "/records/" + name + "/matrix" + query, contentType, null,
                csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenUnknownEnsemble_upload_answersItemNotFound() {
        assertEquals("{\"detail\":\"Item not found\"}",
                uploadJson(UUID.randomUUID().toString(), "x", "", "[1]").expect(404).toString());
    }

    @Test
    void givenNameOfOtherClassOrType_upload_answersConflictWithBothSides() {
        var ensemble = ensemble(3);
        raw("POST", "/ensembles/" + ensemble + "/records/fm/blob?realization_index=0", null, null, null).expect(200);
        var typeClash = uploadJson(ensemble, "fm", "?realization_index=2", "[1]").expect(409).get("detail");
        assertEquals("Record type of new record does not match previous record type", typeClash.get("error").asText());
        assertEquals("f64_matrix", typeClash.get("new_record_type").asText());
        assertEquals("file", typeClash.get("old_record_type").asText());
    }

    @Test
    void givenForwardModelRecords_uploadEnsembleWide_answersConflict() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "resp", "?realization_index=0", "[1]").expect(200);
        assertEquals(409, uploadJson(ensemble, "resp", "", "[[1]]").status());
    }

    @Test
    void givenAliasesAndParameters_uploadContentType_isMatchedAsMediaType() {
        var ensemble = ensemble(3);
        uploadCsv(ensemble, "frame", "", "application/x-dataframe", ",a\n0,1.5\n").expect(200);
        assertEquals(",a\n0,1.5\n", read(ensemble, "frame", "", "application/x-dataframe").body());
        uploadCsv(ensemble, "json", "", "Application/JSON; charset=utf-8", "[[2.5]]").expect(200);
        assertEquals("[2.5]", read(ensemble, "json", "", "*/*").body());
        var detail = uploadCsv(ensemble, "form", "", "application/x-www-form-urlencoded", "a=1").expect(422).get("detail");
        assertEquals("Ensemble-wide record 'form' for needs to be a matrix", detail.get("error").asText());
    }

    @Test
    void givenEmptyMatrix_upload_isRefusedNotStored() {
        var ensemble = ensemble(3);
        assertEquals(422, uploadJson(ensemble, "empty", "", "[]").status());
        assertEquals(422, uploadCsv(ensemble, "header", "", "text/csv", ",a,b\n").status());
        assertEquals(404, read(ensemble, "empty", "", null).status());
    }

    /** Issue 7: {@code realizations=} (list and ranges) and an inclusive column label range, on both ensemble-wide routes. */
    @Test
    void givenForwardModelRecords_readWithSelection_keepsThoseRealizationsAndColumns() {
        var ensemble = ensemble(12);
        for (int i = 0; i < 12; i++) {
            uploadCsv(ensemble, "resp", "?realization_index=" + i, "text/csv",
                    ",2021-01-01,2021-01-02,2021-01-03\n0," + i + ".1," + i + ".2," + i + ".3\n").expect(200);
        }
        var expected = ",2021-01-02,2021-01-03\n0,0.2,0.3\n3,3.2,3.3\n7,7.2,7.3\n10,10.2,10.3\n11,11.2,11.3\n";
        var query = "?realizations=7,0,10-11,3&label_from=2021-01-02";
        assertEquals(expected, read(ensemble, "resp", query, "text/csv").body());
        assertEquals(expected, raw("GET", "/ensembles/" + ensemble + "/responses/resp/data" + query, null, null, null).body());
        assertEquals("[[1.1, 1.2], [2.1, 2.2]]",
                read(ensemble, "resp", "?realizations=1-2&label_to=2021-01-02T00:00:00", "application/json").body());
        assertEquals("[5.2]", read(ensemble, "resp", "?realizations=5&label_from=2021-01-02&label_to=2021-01-02", null).body());
    }

    @Test
    void givenEnsembleWideRecord_readWithSelection_keepsThoseRowsAndColumns() {
        var ensemble = ensemble(4);
        uploadJson(ensemble, "coeffs", "", "[[0, 1, 2], [10, 11, 12], [20, 21, 22], [30, 31, 32]]").expect(200);
        assertEquals("[[11.0, 12.0], [31.0, 32.0]]", read(ensemble, "coeffs", "?realizations=1,3&label_from=1", null).body());
    }

    @Test
    void givenBadSelection_read_answers422NamingTheParameter() {
        var ensemble = ensemble(3);
        uploadCsv(ensemble, "resp", "?realization_index=0", "text/csv", ",2021-01-01\n0,1.0\n").expect(200);
        for (var bad : new String[] {"x", "1-", "3-1", "-2", "", "1,,2"}) {
            var detail = read(ensemble, "resp", "?realizations=" + bad, null).expect(422).get("detail");
            assertEquals("realizations", detail.get(0).get("loc").get(1).asText(), bad);
        }
        uploadJson(ensemble, "plain", "?realization_index=0", "[[1, 2]]").expect(200);
        var detail = read(ensemble, "plain", "?label_from=soon", null).expect(422).get("detail");
        assertEquals("label_from", detail.get("parameter").asText());
        var combined = read(ensemble, "resp", "?realization_index=0&label_to=9", null).expect(422).get("detail");
        assertEquals("label_to", combined.get(0).get("loc").get(1).asText());
        assertEquals("Record not found", read(ensemble, "resp", "?realizations=2", null).expect(404).get("detail")
                .get("error").asText());
    }

    @Test
    void givenLabeledRecord_readWithLabel_keepsThatColumnOrAnswers422() {
        var ensemble = ensemble(3);
        uploadCsv(ensemble, "frame", "", "text/csv", ",a,b\n0,1.0,2.0\n1,3.0,4.0\n").expect(200);
        assertEquals(",b\n0,2.0\n1,4.0\n", read(ensemble, "frame", "?label=b", "text/csv").body());
        var detail = read(ensemble, "frame", "?label=z", null).expect(422).get("detail");
        assertEquals("Record label 'z' not found!", detail.get("error").asText());
        uploadJson(ensemble, "plain", "", "[[1, 2]]").expect(200);
        assertEquals("[1.0, 2.0]", read(ensemble, "plain", "?label=z", null).body());
    }

    @Test
    void givenParquetUpload_readParquetAndCsv_keepsLabelsAndValues() {
        var ensemble = ensemble(3);
        uploadCsv(ensemble, "source", "", "text/csv", ",a,b\nx,1.5,NaN\ny,-inf,4.0\n").expect(200);
        var parquet = read(ensemble, "source", "", "application/x-parquet");
        assertEquals("application/x-parquet", parquet.header("Content-Type"));
        assertEquals("PAR1", parquet.body().substring(0, 4));
        raw("POST", "/ensembles/" + ensemble + "/records/copy/matrix", "application/x-parquet", null,
                parquet.body().getBytes(StandardCharsets.ISO_8859_1)).expect(200);
        assertEquals(",a,b\nx,1.5,\ny,-inf,4.0\n", read(ensemble, "copy", "", "text/csv").body());
    }

    @Test
    void givenThreeDimensionalRecord_readParquet_answers422AndJsonKeepsTheShape() {
        var ensemble = ensemble(3);
        uploadJson(ensemble, "cube", "", "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]").expect(200);
        var detail = read(ensemble, "cube", "", "application/x-parquet").expect(422).get("detail");
        assertEquals("Parquet output supports at most 2 dimensions", detail.get("error").asText());
        assertEquals("[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]", read(ensemble, "cube", "", null).body());
    }

    @Test
    void givenNoRecordOfTheName_labelsAndResponseData_answerRecordNotFound() {
        var ensemble = ensemble(3);
        assertEquals("Record not found", api().get("/ensembles/" + ensemble + "/records/none/labels").expect(404)
                .get("detail").get("error").asText());
        assertEquals("Record not found", api().get("/ensembles/" + ensemble + "/responses/resp/data").expect(404)
                .get("detail").get("error").asText());
        assertEquals("{\"detail\":\"Item not found\"}",
                api().get("/ensembles/" + UUID.randomUUID() + "/responses/resp/data").body());
    }
}
