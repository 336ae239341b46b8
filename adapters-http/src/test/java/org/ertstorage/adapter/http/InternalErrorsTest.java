package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6 and DEFECTS D-27: a failure the server did not foresee answers 500 with a short JSON body
 * and the request id; the exception's SQL, stack, class names and file paths stay in the log.
 */
class InternalErrorsTest {

    private static final String TOKEN = "errors";
    private static final String SQL_FAILURE = "ERROR: relation \"experiment\" does not exist\n"
            + "  Position: 15 [statement:\"SELECT id, name FROM experiment WHERE id = :id\"] at /srv/app/JdbiExperimentRepository.java:42";
    private static HttpServer server;
    private static ApiClient api;

    /** Every unit of work fails as a broken database would, with the driver's text in the exception. */
    private static final class BrokenDatabase implements Transactions {
        @Override
        public <T> T inTransaction(Function<Repositories, T> work) {
            throw new IllegalStateException("org.jdbi.v3.core.statement.UnableToExecuteStatementException: " + SQL_FAILURE,
                    new SQLException(SQL_FAILURE, "42P01"));
        }
    }

    @BeforeAll
    static void start() {
        server = HttpServer.start(InMemoryHttpServer.useCases(new BrokenDatabase(), new InMemoryBlobStore()),
                new HttpSettings("127.0.0.1", 0, Optional.of(TOKEN), "test"));
        api = new ApiClient(URI.create("http://127.0.0.1:" + server.port()), TOKEN);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /experiments", "POST /experiments", "GET /experiments/3f1c1a7e-0000-4000-8000-000000000001",
            "DELETE /experiments/3f1c1a7e-0000-4000-8000-000000000001", "GET /records/3f1c1a7e-0000-4000-8000-000000000001"})
    void givenBrokenDatabase_request_answersShortErrorWithTheRequestIdOnly(String request) {
        var parts = request.split(" ");
        var body = parts[0].equals("POST") ? "{\"name\":\"x\"}" : null;
        var response = api.send(parts[0], parts[1], body, Map.of("X-Request-Id", "err-" + parts[0]));
        assertEquals(500, response.status(), response.body());
        assertEquals("{\"detail\":{\"error\":\"Internal server error\",\"request_id\":\"err-" + parts[0] + "\"}}",
                response.body());
        var lower = response.body().toLowerCase(Locale.ROOT);
        for (String leak : List.of("select", "relation", "exception", "org.", "jdbi", ".java", "/srv", "\tat ", "42p01")) {
            assertFalse(lower.contains(leak), request + " leaked '" + leak + "': " + response.body());
        }
    }
}
