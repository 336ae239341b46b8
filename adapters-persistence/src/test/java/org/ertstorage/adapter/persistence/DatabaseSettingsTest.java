package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void givenH2AndPostgresUrls_create_acceptsThemWithOrWithoutCredentials() {
        assertEquals(Vendor.H2, new DatabaseSettings("jdbc:h2:mem:x", null, null, 1).vendor());
        assertEquals(Vendor.POSTGRESQL, new DatabaseSettings("jdbc:postgresql://h/db", "u", "p", 5).vendor());
    }

    @Test
    void givenOtherUrl_create_throwsNamingTheSchemeButNotTheRest() {
        var failure = assertThrows(IllegalArgumentException.class,
                () -> new DatabaseSettings("jdbc:mysql://h/db?password=secret", "", "", 1));

        assertTrue(failure.getMessage().contains("'jdbc:mysql:…'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("jdbc:postgresql:"), failure.getMessage());
        assertFalse(failure.getMessage().contains("secret"), failure.getMessage());
    }

    @Test
    void givenSqlAlchemyUrl_create_throws() {
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("postgresql://h/db", "", "", 1));
    }

    @Test
    void givenPoolOfZero_create_throws() {
        assertThrows(IllegalArgumentException.class, () -> new DatabaseSettings("jdbc:h2:mem:x", "", "", 0));
    }
}
