package org.ertstorage.bootstrap;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;
import org.junit.jupiter.api.AfterEach;

/**
 * The batch round trip between two PostgreSQL databases made for each test beside the test
 * database (ERT_STORAGE_TEST_DATABASE_URL, else Testcontainers, else skipped) and dropped after it.
 */
class PostgresBatchRoundTripTest extends BatchRoundTripContract {

    private final List<String> created = new ArrayList<>();

    @Override
    protected DatabaseSettings source() {
        return sibling();
    }

    @Override
    protected DatabaseSettings target() {
        return sibling();
    }

    private DatabaseSettings sibling() {
        var shared = TestDatabases.postgres();
        var name = "ert_storage_batch_" + UUID.randomUUID().toString().replace("-", "");
        execute(shared, "CREATE DATABASE " + name);
        created.add(name);
        return new DatabaseSettings(shared.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                shared.user(), shared.password(), 4);
    }

    @AfterEach
    void dropDatabases() {
        if (created.isEmpty()) {
            return;
        }
        var shared = TestDatabases.postgres();
        created.forEach(name -> execute(shared, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(DatabaseSettings database, String sql) {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
