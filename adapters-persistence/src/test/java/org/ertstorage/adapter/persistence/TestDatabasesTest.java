package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TestDatabasesTest {

    @Test
    void givenJdbcUrl_fromUrl_keepsIt() {
        var settings = TestDatabases.fromUrl("jdbc:postgresql://127.0.0.1:5432/db?user=postgres");

        assertEquals("jdbc:postgresql://127.0.0.1:5432/db?user=postgres", settings.jdbcUrl());
        assertEquals("", settings.user());
    }

    @Test
    void givenSqlAlchemyUrl_fromUrl_splitsOffTheCredentials() {
        var settings = TestDatabases.fromUrl("postgresql://ert:p%40ss@db.example:6543/ert_test?sslmode=disable");

        assertEquals("jdbc:postgresql://db.example:6543/ert_test?sslmode=disable", settings.jdbcUrl());
        assertEquals("ert", settings.user());
        assertEquals("p@ss", settings.password());
    }

    @Test
    void givenUrlWithoutPassword_fromUrl_leavesThePasswordEmpty() {
        var settings = TestDatabases.fromUrl("postgresql://postgres@127.0.0.1:5432/ert_storage_test");

        assertEquals("jdbc:postgresql://127.0.0.1:5432/ert_storage_test", settings.jdbcUrl());
        assertEquals("postgres", settings.user());
        assertEquals("", settings.password());
    }

    @Test
    void givenOtherScheme_fromUrl_throws() {
        assertThrows(IllegalArgumentException.class, () -> TestDatabases.fromUrl("mysql://h/db"));
    }
}
