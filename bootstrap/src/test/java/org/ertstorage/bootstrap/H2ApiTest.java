package org.ertstorage.bootstrap;

import java.net.URI;
import org.ertstorage.adapter.http.api.ServiceApiContract;
import org.junit.jupiter.api.Nested;

/** The API contract suites against the whole application on an in-memory H2 database. */
class H2ApiTest {

    @Nested
    class Service extends ServiceApiContract {
        @Override
        protected URI baseUri() {
            return EndToEndServers.h2();
        }

        @Override
        protected String token() {
            return TestServer.TOKEN;
        }
    }
}
