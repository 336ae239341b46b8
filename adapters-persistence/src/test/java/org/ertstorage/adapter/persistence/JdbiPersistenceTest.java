package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdbiPersistenceTest {

    @Test
    void givenH2_open_reportsProductAndVersion() {
        try (var persistence = JdbiPersistence.open(TestDatabases.h2())) {
            assertEquals("H2 2.3.232", persistence.databaseProduct());
        }
    }

    @Test
    void givenOpenDatabase_isReachable_untilClosed() {
        var persistence = JdbiPersistence.open(TestDatabases.h2());
        assertTrue(persistence.isReachable());

        persistence.close();

        assertFalse(persistence.isReachable());
    }

    @Test
    void givenNoDatabaseAtTheUrl_open_throwsIllegalState() {
        var settings = new DatabaseSettings("jdbc:h2:file:/nonexistent/dir/db;IFEXISTS=TRUE", "", "", 1);

        assertThrows(IllegalStateException.class, () -> JdbiPersistence.open(settings));
    }
}
