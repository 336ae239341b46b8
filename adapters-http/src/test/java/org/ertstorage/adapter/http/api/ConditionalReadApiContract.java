package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: record reads carry an {@code ETag}; {@code If-None-Match} with it answers 304 and no
 * body until a record of the name is added.
 */
public abstract class ConditionalReadApiContract extends ApiContract {

    private String ensemble() {
        var experiment = ApiTestData.experiment(api(), "{\"name\":\"etag-" + UUID.randomUUID() + "\"}");
        return ApiTestData.ensemble(api(), experiment,
                "{\"size\":3,\"parameter_names\":[],\"response_names\":[\"resp\"]}");
    }

    private ApiResponse read(String ensemble, String query, Map<String, String> headers) {
        return api().send("GET", "/ensembles/" + ensemble + "/records/resp" + query, (String) null, headers);
    }

    private void upload(String ensemble, int realization) {
        api().post("/ensembles/" + ensemble + "/records/resp/matrix?realization_index=" + realization, "[[1, 2]]")
                .expect(200);
    }

    @Test
    void givenItsETag_reread_answers304WithoutBody() {
        var ensemble = ensemble();
        upload(ensemble, 0);
        var first = read(ensemble, "", Map.of());
        assertEquals(200, first.status());
        var tag = first.header("ETag");
        assertNotNull(tag, "ETag of a numeric record read");
        var again = read(ensemble, "", Map.of("If-None-Match", tag));
        assertEquals(304, again.status());
        assertEquals("", again.body());
        assertEquals(304, read(ensemble, "", Map.of("If-None-Match", "\"other\", W/" + tag)).status());
    }

    @Test
    void givenRecordAddedToTheName_reread_answers200WithNewETag() {
        var ensemble = ensemble();
        upload(ensemble, 0);
        var tag = read(ensemble, "", Map.of()).header("ETag");
        upload(ensemble, 1);
        var after = read(ensemble, "", Map.of("If-None-Match", tag));
        assertEquals(200, after.status());
        assertEquals("[[1.0, 2.0], [1.0, 2.0]]", after.body());
        assertNotEquals(tag, after.header("ETag"));
    }

    @Test
    void givenOtherFormatOrQuery_read_hasOtherETag() {
        var ensemble = ensemble();
        upload(ensemble, 0);
        var json = read(ensemble, "", Map.of()).header("ETag");
        var csv = read(ensemble, "", Map.of("Accept", "text/csv"));
        assertNotEquals(json, csv.header("ETag"));
        assertEquals(200, read(ensemble, "", Map.of("Accept", "text/csv", "If-None-Match", json)).status());
        assertNotEquals(json, read(ensemble, "?realization_index=0", Map.of()).header("ETag"));
    }

    @Test
    void givenCompleteEnsemble_reread_answers304() {
        var ensemble = ensemble();
        upload(ensemble, 0);
        api().post("/ensembles/" + ensemble + "/complete", null).expect(200);
        var tag = read(ensemble, "", Map.of()).header("ETag");
        assertEquals(304, read(ensemble, "", Map.of("If-None-Match", tag)).status());
    }

    @Test
    void givenBlobRecord_read_hasNoETag() {
        var ensemble = ensemble();
        api().post("/ensembles/" + ensemble + "/records/blob/blob", null).expect(200);
        var answer = api().get("/ensembles/" + ensemble + "/records/blob");
        assertEquals(200, answer.status());
        assertNull(answer.header("ETag"));
    }
}
