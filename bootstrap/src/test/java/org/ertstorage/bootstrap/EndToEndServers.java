package org.ertstorage.bootstrap;

import java.net.URI;
import org.ertstorage.adapter.persistence.TestDatabases;

/**
 * The whole application, started once per test run and per database, for the API contract
 * suites: on a fresh in-memory H2, and on the test PostgreSQL (which may already hold data).
 */
final class EndToEndServers {

    private static TestServer h2;
    private static TestServer postgres;

    private EndToEndServers() {
    }

    static synchronized URI h2() {
        if (h2 == null) {
            h2 = stopAtExit(TestServer.start(TestDatabases.h2()));
        }
        return h2.baseUri();
    }

    /** Aborts the calling test when no PostgreSQL is configured or reachable through Docker. */
    static synchronized URI postgres() {
        if (postgres == null) {
            postgres = stopAtExit(TestServer.start(TestDatabases.postgres()));
        }
        return postgres.baseUri();
    }

    private static TestServer stopAtExit(TestServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }
}
