package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: ensemble metadata is read thousands of times a second by clients polling their runs.
 * {@code GET /ensembles/{id}} runs two SQL statements: the ensemble, then its parent and children
 * together.
 */
class EnsembleReadStatementCountTest {

    private static final int STATEMENTS = 2;

    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void givenH2_ensembleRead_runsTwoStatements() {
        assertTwo(TestDatabases.h2());
    }

    @Test
    void givenPostgres_ensembleRead_runsTwoStatements() {
        assertTwo(TestDatabases.postgres());
    }

    private void assertTwo(DatabaseSettings database) {
        try (var server = TestServer.start(database, sql -> statements.incrementAndGet())) {
            var api = new ApiClient(server.baseUri(), TestServer.TOKEN);
            var experiment = ApiTestData.experiment(api, "{\"name\":\"" + ApiTestData.unique("count") + "\"}");
            var ensemble = ApiTestData.ensemble(api, experiment,
                    "{\"size\":5,\"parameter_names\":[],\"response_names\":[]}");
            statements.set(0);
            api.get("/ensembles/" + ensemble).expect(200);
            assertEquals(STATEMENTS, statements.get(), "statements of an ensemble read");
        }
    }
}
