package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: the server keeps no state of its own between requests, so two instances on one
 * PostgreSQL serve one chunked upload together and either reads what the other wrote.
 */
class PostgresTwoInstancesTest {

    @Test
    void givenTwoInstancesOnOneDatabase_chunkedUploadAcrossBoth_readsBackFromEither() {
        var database = TestDatabases.postgres();
        try (var first = TestServer.start(database); var second = TestServer.start(database)) {
            var a = new ApiClient(first.baseUri(), TestServer.TOKEN);
            var b = new ApiClient(second.baseUri(), TestServer.TOKEN);
            var experiment = a.post("/experiments", "{\"name\":\"two-" + UUID.randomUUID() + "\"}").expect(200)
                    .get("id").asText();
            var ensemble = b.post("/experiments/" + experiment + "/ensembles",
                    "{\"size\":2,\"parameter_names\":[],\"response_names\":[]}").expect(200).get("id").asText();
            var blob = "/ensembles/" + ensemble + "/records/shared/blob";

            a.post(blob, null).expect(200);
            b.send("PUT", blob + "?block_index=1", "world", Map.of("Content-Type", "application/octet-stream"))
                    .expect(200);
            a.send("PUT", blob + "?block_index=0", "hello ", Map.of("Content-Type", "application/octet-stream"))
                    .expect(200);
            b.patch(blob, null).expect(200);

            var record = "/ensembles/" + ensemble + "/records/shared";
            assertEquals("hello world", a.get(record).body());
            assertEquals("hello world", b.get(record).body());

            a.send("POST", "/ensembles/" + ensemble + "/records/numbers/matrix?realization_index=1", "[1.5, 2.5]",
                    Map.of("Content-Type", "application/json")).expect(200);
            assertEquals("[1.5, 2.5]", b.get("/ensembles/" + ensemble + "/records/numbers?realization_index=1").body());
        }
    }
}
