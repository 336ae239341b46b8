package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: a GraphQL query over many experiments and ensembles runs a bounded number of SQL
 * statements. The same query is counted on a small and on a large data set (100 x 10 on H2); the
 * counts must be equal (batch loaders), and small.
 */
class GraphQlStatementCountTest {

    private static final int BOUND = 40;
    private static final String QUERY = """
            { experiments { id priors timeCreated ensembles {
                id userdata timeCreated timeUpdated experiment { id }
                parameters { name prior timeCreated recordInfo { name } }
                responses { name realizationIndex }
                uniqueResponses { name records { name } ensemble { id } }
                children { id ensembleResult { id } ensembleReference { id } }
                parent { id } childEnsembles { id } parentEnsemble { id }
            } } }""";

    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void givenH2_queryOverManyExperiments_runsBoundedStatements() {
        assertBounded(TestDatabases.h2(), 100, 10);
    }

    @Test
    void givenPostgres_queryOverManyExperiments_runsBoundedStatements() {
        // Smaller on PostgreSQL, whose seeding over HTTP is slower; H2 covers 100 x 10.
        assertBounded(TestDatabases.postgres(), 20, 5);
    }

    private void assertBounded(DatabaseSettings database, int experiments, int ensembles) {
        try (var server = TestServer.start(database, sql -> statements.incrementAndGet())) {
            var api = new ApiClient(server.baseUri(), TestServer.TOKEN);
            seed(api, 2, 2);
            int small = count(api);
            seed(api, experiments, ensembles);
            int large = count(api);
            assertEquals(small, large, "statements for the small and the 100 x 10 data set");
            assertTrue(large <= BOUND, large + " statements");
            System.out.println("GraphQL statement count: " + large + " for " + experiments + " x " + ensembles);
        }
    }

    private int count(ApiClient api) {
        var body = new ObjectMapper().createObjectNode().put("query", QUERY).toString();
        statements.set(0);
        var answer = api.post("/gql", body).expect(200);
        assertFalse(answer.has("errors"), answer::toString);
        return statements.get();
    }

    /** Experiments with a prior, each with ensembles chained by updates, each with a parameter and a response. */
    private static void seed(ApiClient api, int experiments, int ensembles) {
        for (int e = 0; e < experiments; e++) {
            var experiment = ApiTestData.experiment(api, """
                    {"name":"%s","priors":{"p":{"function":"uniform","min":0,"max":1}}}""".formatted(ApiTestData.unique("count")));
            String previous = null;
            for (int n = 0; n < ensembles; n++) {
                String ensemble = previous == null
                        ? ApiTestData.ensemble(api, experiment)
                        : ApiTestData.resultEnsemble(api, experiment, ApiTestData.update(api, previous));
                api.post("/ensembles/" + ensemble + "/records/COEFFS/matrix?prior=p", "[[1, 2]]").expect(200);
                api.post("/ensembles/" + ensemble + "/records/FOPR/matrix?realization_index=0", "[1, 2]").expect(200);
                previous = ensemble;
            }
        }
    }
}
