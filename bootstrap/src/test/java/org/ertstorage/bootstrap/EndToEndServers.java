package org.ertstorage.bootstrap;

import java.net.URI;
import java.util.Optional;
import org.ertstorage.adapter.blob.TestAzurite;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.ertstorage.batch.storage.AzureBlobs;

/**
 * The whole application, started once per test run and per database, for the API contract
 * suites: on a fresh in-memory H2, on the test PostgreSQL (which may already hold data), and on
 * a fresh in-memory H2 with blobs in a new container of the test Azure account (Azurite in CI).
 */
final class EndToEndServers {

    private static TestServer h2;
    private static TestServer postgres;
    private static AzureServer azure;

    /** A server keeping its blobs in Azure, with what tests need to look behind it. */
    record AzureServer(URI baseUri, DatabaseSettings database, String container) {
    }

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

    /** Aborts the calling test when no Azure test account is configured. */
    static synchronized AzureServer azure() {
        if (azure == null) {
            var database = TestDatabases.h2();
            var container = TestAzurite.newContainerName();
            var blobs = new AzureBlobs(TestAzurite.connectionString(), container);
            var server = stopAtExit(TestServer.start(database, Optional.of(blobs)));
            azure = new AzureServer(server.baseUri(), database, container);
        }
        return azure;
    }

    private static TestServer stopAtExit(TestServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return server;
    }
}
