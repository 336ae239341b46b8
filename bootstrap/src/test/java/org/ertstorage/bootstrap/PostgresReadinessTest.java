package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: readiness turns unready when the database goes away under a running server. The test
 * makes a database of its own on the test PostgreSQL and drops it (the cluster keeps running).
 */
class PostgresReadinessTest {

    @Test
    void givenRunningServer_databaseDropped_readinessAnswersUnavailableNamingTheDatabase() throws SQLException {
        var shared = TestDatabases.postgres();
        var name = "ert_storage_ready_" + UUID.randomUUID().toString().replace("-", "");
        execute(shared, "CREATE DATABASE " + name);
        try {
            var own = new DatabaseSettings(shared.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                    shared.user(), shared.password(), 2);
            try (var server = TestServer.start(own)) {
                var api = new ApiClient(server.baseUri(), null);
                assertEquals("UP", api.get("/health/ready").expect(200).at("/checks/database").asText());

                execute(shared, "DROP DATABASE " + name + " WITH (FORCE)");

                var response = api.get("/health/ready");
                assertEquals(503, response.status(), response.body());
                assertEquals("{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\",\"blobStore\":\"DOWN\"}}",
                        response.body());
                assertEquals(200, api.get("/health/live").status());
            }
        } finally {
            execute(shared, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(DatabaseSettings database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
