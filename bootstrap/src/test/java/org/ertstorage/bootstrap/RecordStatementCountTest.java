package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: a forward model's upload of one record is the ingest's unit of work, run about 20,000
 * times per ensemble. Once its name exists it takes a fixed, small number of SQL statements,
 * however many realizations are stored already: on PostgreSQL the ensemble, the name's info with
 * the slots the record collides with under the info's lock, and one insert of the record with its
 * matrix; H2, whose reads take no shared locks and which has no data-modifying CTEs, locks the info
 * apart and inserts the two rows apart. A conditional re-read that answers 304 reads the
 * name's numeric record ids, never content; a per-realization read adds one query for the record
 * with its content, and labels read once before (here by the ensemble-wide read) are neither
 * fetched nor parsed again.
 */
class RecordStatementCountTest {

    private static final int POSTGRES_STATEMENTS = 3;
    private static final int H2_STATEMENTS = 5;
    private static final int NOT_MODIFIED_STATEMENTS = 1;
    private static final int REALIZATION_READ_STATEMENTS = 2;

    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void givenH2_uploadOfKnownNameAndReads_runFixedStatements() {
        assertFixed(TestDatabases.h2(), H2_STATEMENTS);
    }

    @Test
    void givenPostgres_uploadOfKnownNameAndReads_runFixedStatements() {
        assertFixed(TestDatabases.postgres(), POSTGRES_STATEMENTS);
    }

    private void assertFixed(DatabaseSettings database, int uploadStatements) {
        try (var server = TestServer.start(database, sql -> statements.incrementAndGet())) {
            var api = new ApiClient(server.baseUri(), TestServer.TOKEN);
            var experiment = ApiTestData.experiment(api, "{\"name\":\"" + ApiTestData.unique("count") + "\"}");
            var ensemble = ApiTestData.ensemble(api, experiment,
                    "{\"size\":50,\"parameter_names\":[],\"response_names\":[\"FOPR\"]}");
            upload(api, ensemble, 0);
            int second = upload(api, ensemble, 1);
            for (int realization = 2; realization < 49; realization++) {
                upload(api, ensemble, realization);
            }
            int last = upload(api, ensemble, 49);
            assertEquals(second, last, "statements for the second and the fiftieth upload");
            assertEquals(uploadStatements, last, "statements of an upload");

            var path = "/ensembles/" + ensemble + "/records/FOPR";
            var tag = api.get(path).header("ETag");
            statements.set(0);
            assertEquals(304, api.send("GET", path, (String) null, Map.of("If-None-Match", tag)).status());
            assertEquals(NOT_MODIFIED_STATEMENTS, statements.get(), "statements of a 304");

            statements.set(0);
            var read = api.send("GET", path + "?realization_index=7", (String) null, Map.of("Accept", "text/csv"));
            assertEquals(200, read.status(), read.body());
            assertTrue(read.body().contains("2020-01-03") && read.body().contains("3.0"), read.body());
            assertEquals(REALIZATION_READ_STATEMENTS, statements.get(), "statements of a per-realization read");
        }
    }

    private int upload(ApiClient api, String ensemble, int realization) {
        statements.set(0);
        api.send("POST", "/ensembles/" + ensemble + "/records/FOPR/matrix?realization_index=" + realization,
                ",2020-01-01,2020-01-02,2020-01-03\n0,1,2,3\n", Map.of("Content-Type", "text/csv")).expect(200);
        return statements.get();
    }
}
