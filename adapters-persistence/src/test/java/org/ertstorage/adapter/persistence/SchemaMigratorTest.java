package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchemaMigratorTest {

    private final DatabaseSettings settings = TestDatabases.h2();
    private final JdbiPersistence persistence = JdbiPersistence.open(settings);
    private final SchemaMigrator migrator = persistence.migrator();

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void givenEmptyDatabase_migrate_appliesEveryMigrationOnce() {
        assertEquals(5, migrator.migrate());
        assertEquals(0, migrator.migrate());
    }

    @Test
    void givenMigratedDatabase_info_listsEachVersionAsSuccess() {
        migrator.migrate();

        var info = migrator.info();

        assertEquals(List.of("1", "2", "3", "4", "5"), info.stream().map(Migration::version).toList());
        assertEquals(List.of("create schema", "index foreign keys", "order record observation links", "blob store",
                "import ledger"),
                info.stream().map(Migration::description).toList());
        info.forEach(migration -> {
            assertEquals("Success", migration.state());
            assertTrue(migration.installedOn().isPresent());
        });
    }

    @Test
    void givenEmptyDatabase_info_listsPendingMigrations() {
        var info = migrator.info();

        assertEquals(List.of("Pending", "Pending", "Pending", "Pending", "Pending"), info.stream().map(Migration::state).toList());
        assertTrue(info.stream().allMatch(migration -> migration.installedOn().isEmpty()));
    }

    @Test
    void givenMigratedDatabase_validate_passes() {
        migrator.migrate();

        migrator.validate();
    }

    @Test
    void givenEmptyDatabase_validate_throwsNamingThePendingMigrations() {
        var failure = assertThrows(IllegalStateException.class, migrator::validate);

        assertTrue(failure.getMessage().contains("not applied"), failure.getMessage());
    }

    @Test
    void givenAppliedScriptChangedSince_validate_throwsNamingTheMismatch() {
        migrator.migrate();
        Jdbi.create(settings.jdbcUrl()).useHandle(handle -> handle.execute(
                "UPDATE \"flyway_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'"));

        var failure = assertThrows(IllegalStateException.class, migrator::validate);

        assertTrue(failure.getMessage().contains("checksum mismatch"), failure.getMessage());
    }
}
