package org.ertstorage.bootstrap;

import java.net.URI;
import org.ertstorage.adapter.http.api.ServiceApiContract;
import org.junit.jupiter.api.Nested;

/** The API contract suites against the whole application on PostgreSQL (ERT_STORAGE_TEST_DATABASE_URL or Testcontainers). */
class PostgresApiTest {

    @Nested
    class Service extends ServiceApiContract {
        @Override
        protected URI baseUri() {
            return EndToEndServers.postgres();
        }

        @Override
        protected String token() {
            return TestServer.TOKEN;
        }
    }
}
