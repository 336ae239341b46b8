package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opening and migrating the shared test PostgreSQL, which earlier runs may have migrated already. */
class PostgresPersistenceIT {

    private static JdbiPersistence persistence;

    @BeforeAll
    static void open() {
        persistence = JdbiPersistence.open(TestDatabases.postgres());
    }

    @AfterAll
    static void close() {
        if (persistence != null) {
            persistence.close();
        }
    }

    @Test
    void givenPostgres_open_reportsProductAndVersion() {
        assertTrue(persistence.databaseProduct().matches("PostgreSQL \\d+(\\.\\d+)*"), persistence.databaseProduct());
        assertTrue(persistence.isReachable());
    }

    @Test
    void givenDatabaseMigratedBefore_migrate_appliesNothingAndValidates() {
        var migrator = persistence.migrator();
        migrator.migrate();

        assertEquals(0, migrator.migrate());
        migrator.validate();
        assertEquals(List.of("1", "2", "3", "4", "5"), migrator.info().stream().map(Migration::version).toList());
        assertTrue(migrator.info().stream().allMatch(migration -> migration.state().equals("Success")));
    }
}
