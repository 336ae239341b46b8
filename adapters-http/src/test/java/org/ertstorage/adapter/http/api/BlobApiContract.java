package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** API.md 6.3, 6.4, 6.5.6: blob records uploaded in one request or in blocks, and their downloads. */
public abstract class BlobApiContract extends ApiContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BOUNDARY = "ert-storage-test-boundary";
    private static final int MIB = 1024 * 1024;

    /** A raw answer: status, headers and the body's bytes. */
    private record Answer(int status, HttpResponse<byte[]> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        Answer expect(int expected) {
            assertEquals(expected, status, () -> "unexpected status, body " + text());
            return this;
        }
    }

    /** An ensemble of size 3 declaring parameter "coeffs". */
    private String ensemble() {
        var experiment = api().post("/experiments", "{\"name\":\"blobs-" + UUID.randomUUID() + "\"}").expect(200);
        return api().post("/experiments/" + experiment.get("id").asText() + "/ensembles",
                "{\"size\":3,\"parameter_names\":[\"coeffs\"],\"response_names\":[]}").expect(200).get("id").asText();
    }

    private Answer send(String method, String path, String contentType, byte[] body) {
        var builder = HttpRequest.newBuilder(baseUri().resolve(path)).header("Token", token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart body with one part; {@code partType} null leaves out the part's Content-Type. */
    private static byte[] multipart(String partName, String filename, String partType, byte[] content) {
        var body = new ByteArrayOutputStream();
        var head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + filename + "\"\r\n" + (partType == null ? "" : "Content-Type: " + partType + "\r\n") + "\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private Answer uploadFile(String ensemble, String name, String query, byte[] multipartBody) {
        return send("POST", "/ensembles/" + ensemble + "/records/" + name + "/file" + query,
                "multipart/form-data; boundary=" + BOUNDARY, multipartBody);
    }

    private Answer blob(String method, String ensemble, String name, String query, byte[] body) {
        return send(method, "/ensembles/" + ensemble + "/records/" + name + "/blob" + query,
                body == null ? null : "application/octet-stream", body);
    }

    private Answer read(String ensemble, String name, String query) {
        return send("GET", "/ensembles/" + ensemble + "/records/" + name + query, null, null);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size, long seed) {
        var bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void givenFilePart_uploadFile_answersNullAndDownloadsWithNameAndType() {
        var ensemble = ensemble();
        var answer = uploadFile(ensemble, "log", "", multipart("file", "run.log", "text/plain", bytes("hello\n"))).expect(200);
        assertEquals("null", answer.text());
        var download = read(ensemble, "log", "").expect(200);
        assertEquals("hello\n", download.text());
        // Jetty writes its cached form of this type, without the space; clients parse media types.
        assertEquals("text/plain;charset=utf-8", download.header("Content-Type").replace("; ", ";"));
        assertEquals("attachment; filename=\"run.log\"", download.header("Content-Disposition"));
    }

    @Test
    void givenPartWithoutContentType_uploadFile_storesOctetStream() {
        var ensemble = ensemble();
        uploadFile(ensemble, "bin", "", multipart("file", "data.bin", null, new byte[] {0, 1, 2})).expect(200);
        var download = read(ensemble, "bin", "").expect(200);
        assertEquals("application/octet-stream", download.header("Content-Type"));
        assertArrayEquals(new byte[] {0, 1, 2}, download.response().body());
    }

    @Test
    void givenNoFilePart_uploadFile_answers422OnlyAfterTheRecordChecks() {
        var ensemble = ensemble();
        var body = multipart("other", "x", "text/plain", bytes("x"));
        assertEquals("{\"detail\":[{\"loc\":[\"body\",\"file\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}",
                uploadFile(ensemble, "log", "", body).expect(422).text());
        uploadFile(UUID.randomUUID().toString(), "log", "", body).expect(404);
        uploadFile(ensemble, "log", "?realization_index=9", body).expect(417);
        assertEquals(422, send("POST", "/ensembles/" + ensemble + "/records/log/file", null, null).status());
    }

    @Test
    void givenParameterName_uploadFile_answersConflict() {
        var ensemble = ensemble();
        var detail = uploadFile(ensemble, "coeffs", "", multipart("file", "a", "text/plain", bytes("x"))).expect(409).text();
        assertEquals(true, detail.contains("must be numeric"), detail);
    }

    @Test
    void givenTakenSlot_uploadFile_answersConflict() {
        var ensemble = ensemble();
        uploadFile(ensemble, "log", "?realization_index=1", multipart("file", "a", "text/plain", bytes("x"))).expect(200);
        uploadFile(ensemble, "log", "?realization_index=1", multipart("file", "a", "text/plain", bytes("y"))).expect(409);
        assertEquals("x", read(ensemble, "log", "?realization_index=1").expect(200).text());
    }

    @Test
    void givenForwardModelFile_readWithoutRealization_answers404() {
        var ensemble = ensemble();
        uploadFile(ensemble, "fm", "?realization_index=0", multipart("file", "a", "text/plain", bytes("x"))).expect(200);
        read(ensemble, "fm", "").expect(404);
        read(ensemble, "fm", "?realization_index=2").expect(404);
    }

    @Test
    void givenEnsembleWideFile_readByRealizationOrId_returnsIt() {
        var ensemble = ensemble();
        uploadFile(ensemble, "all", "", multipart("file", "all.txt", "text/csv", bytes("a,b\n"))).expect(200);
        assertEquals("a,b\n", read(ensemble, "all", "?realization_index=1").expect(200).text());
        var id = api().get("/ensembles/" + ensemble + "/records").expect(200).get("all").get("id").asText();
        var byId = send("GET", "/records/" + id + "/data", null, null).expect(200);
        assertEquals("a,b\n", byId.text());
        assertEquals("text/csv;charset=utf-8", byId.header("Content-Type").replace("; ", ";"));
    }

    @Test
    void givenBlocksOutOfOrder_commit_joinsThemByIndex() {
        var ensemble = ensemble();
        assertEquals("null", blob("POST", ensemble, "big", "", null).expect(200).text());
        blob("PUT", ensemble, "big", "?block_index=1", bytes("b")).expect(200);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("a")).expect(200);
        blob("PUT", ensemble, "big", "?block_index=2", bytes("c")).expect(200);
        assertEquals("null", blob("PATCH", ensemble, "big", "", null).expect(200).text());
        var download = read(ensemble, "big", "").expect(200);
        assertEquals("abc", download.text());
        assertEquals("application/octet-stream", download.header("Content-Type"));
        assertEquals("attachment; filename=\"big\"", download.header("Content-Disposition"));
    }

    @Test
    void givenUncommittedBlob_read_isEmptyWithThePlaceholderType() {
        var ensemble = ensemble();
        blob("POST", ensemble, "big", "?realization_index=2", null).expect(200);
        blob("PUT", ensemble, "big", "?realization_index=2&block_index=0", bytes("a")).expect(200);
        var download = read(ensemble, "big", "?realization_index=2").expect(200);
        assertEquals("", download.text());
        assertEquals("application/octet-stream", download.header("Content-Type"));
    }

    @Test
    void givenNameAndType_createBlob_usesThemForDownloads() {
        var ensemble = ensemble();
        blob("POST", ensemble, "pic", "?filename=" + URLEncoder.encode("pic 1.png", StandardCharsets.UTF_8)
                + "&mimetype=image/png", null).expect(200);
        blob("PUT", ensemble, "pic", "?block_index=0", new byte[] {(byte) 0x89, 'P', 'N', 'G'}).expect(200);
        blob("PATCH", ensemble, "pic", "", null).expect(200);
        var download = read(ensemble, "pic", "").expect(200);
        assertEquals("image/png", download.header("Content-Type"));
        assertEquals("attachment; filename=\"pic 1.png\"", download.header("Content-Disposition"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, download.response().body());
    }

    @Test
    void givenIndexStagedTwice_commit_keepsTheLastBlock() {
        var ensemble = ensemble();
        blob("POST", ensemble, "big", "", null).expect(200);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("old")).expect(200);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("new")).expect(200);
        blob("PATCH", ensemble, "big", "", null).expect(200);
        assertEquals("new", read(ensemble, "big", "").text());
    }

    @Test
    void givenNoBlockIndex_stage_answers422() {
        var ensemble = ensemble();
        blob("POST", ensemble, "big", "", null).expect(200);
        assertEquals("{\"detail\":[{\"loc\":[\"query\",\"block_index\"],\"msg\":\"field required\",\"type\":\"value_error.missing\"}]}",
                blob("PUT", ensemble, "big", "", bytes("x")).expect(422).text());
        blob("PUT", ensemble, "big", "?block_index=one", bytes("x")).expect(422);
    }

    @Test
    void givenNoRecord_stageOrCommit_answers404RecordNotFound() {
        var ensemble = ensemble();
        var text = blob("PUT", ensemble, "none", "?block_index=0", bytes("x")).expect(404).text();
        assertEquals("{\"detail\":{\"block_index\":\"0\",\"ensemble_id\":\"" + ensemble
                + "\",\"name\":\"none\",\"error\":\"Record not found\"}}", text);
        blob("PATCH", ensemble, "none", "", null).expect(404);
    }

    @Test
    void givenNumericRecord_stageOrCommit_answersConflict() {
        var ensemble = ensemble();
        send("POST", "/ensembles/" + ensemble + "/records/values/matrix", "application/json", bytes("[1, 2]")).expect(200);
        blob("PUT", ensemble, "values", "?block_index=0", bytes("x")).expect(409);
        blob("PATCH", ensemble, "values", "", null).expect(409);
    }

    @Test
    void givenCommittedBlob_stageOrCommitAgain_answersConflict() {
        var ensemble = ensemble();
        blob("POST", ensemble, "big", "", null).expect(200);
        blob("PATCH", ensemble, "big", "", null).expect(200);
        blob("PATCH", ensemble, "big", "", null).expect(409);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("x")).expect(409);
        blob("POST", ensemble, "big", "", null).expect(409);
    }

    @Test
    void givenCompleteEnsemble_blobCalls_answerConflict() {
        var ensemble = ensemble();
        blob("POST", ensemble, "big", "", null).expect(200);
        api().post("/ensembles/" + ensemble + "/complete", "").expect(200);
        blob("POST", ensemble, "other", "", null).expect(409);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("x")).expect(409);
        blob("PATCH", ensemble, "big", "", null).expect(409);
        uploadFile(ensemble, "log", "", multipart("file", "a", "text/plain", bytes("x"))).expect(409);
    }

    /** API.md 6.4: the size the original's skipped test used. */
    @Test
    void given12MibIn4MibBlocks_commit_roundTripsByteExactly() {
        var ensemble = ensemble();
        var content = random(12 * MIB, 12);
        blob("POST", ensemble, "huge", "?realization_index=0", null).expect(200);
        for (int index = 2; index >= 0; index--) {
            blob("PUT", ensemble, "huge", "?realization_index=0&block_index=" + index,
                    Arrays.copyOfRange(content, index * 4 * MIB, (index + 1) * 4 * MIB)).expect(200);
        }
        blob("PATCH", ensemble, "huge", "?realization_index=0", null).expect(200);
        assertArrayEquals(content, read(ensemble, "huge", "?realization_index=0").expect(200).response().body());
    }

    @Test
    void given12MibFile_uploadFile_roundTripsByteExactly() {
        var ensemble = ensemble();
        var content = random(12 * MIB, 3);
        uploadFile(ensemble, "huge", "", multipart("file", "huge.bin", "application/x-binary", content)).expect(200);
        assertArrayEquals(content, read(ensemble, "huge", "").expect(200).response().body());
    }

    @Test
    void givenExperimentWithBlobs_delete_removesThem() {
        var experiment = api().post("/experiments", "{\"name\":\"blobs-" + UUID.randomUUID() + "\"}").expect(200)
                .get("id").asText();
        var ensemble = api().post("/experiments/" + experiment + "/ensembles",
                "{\"size\":1,\"parameter_names\":[],\"response_names\":[]}").expect(200).get("id").asText();
        uploadFile(ensemble, "log", "", multipart("file", "a", "text/plain", bytes("x"))).expect(200);
        blob("POST", ensemble, "big", "", null).expect(200);
        blob("PUT", ensemble, "big", "?block_index=0", bytes("y")).expect(200);
        api().delete("/experiments/" + experiment).expect(200);
        read(ensemble, "log", "").expect(404);
    }
}
