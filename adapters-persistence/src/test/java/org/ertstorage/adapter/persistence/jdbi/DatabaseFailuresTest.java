package org.ertstorage.adapter.persistence.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.application.port.in.UnstorableValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8: which database failures are the database's absence, which the client's text, and which bugs. */
class DatabaseFailuresTest {

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("statement failed", cause);
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "57P02", "57P03"})
    void givenConnectionOrShutdownState_translate_givesUnavailableWithRetryAfter(String state) {
        var translated = DatabaseFailures.translate(wrapped(new SQLException("gone", state)));
        var unavailable = assertInstanceOf(StorageUnavailableException.class, translated);
        assertEquals(Duration.ofSeconds(5), unavailable.retryAfter());
    }

    @Test
    void givenPoolTimeout_translate_givesUnavailable() {
        assertInstanceOf(StorageUnavailableException.class,
                DatabaseFailures.translate(wrapped(new SQLTransientConnectionException("Connection is not available"))));
    }

    /** 22021 for NUL in text columns, 22P05 for {@code \u0000} in JSON that the userdata merge takes apart. */
    @ParameterizedTest
    @ValueSource(strings = {"22021", "22P05"})
    void givenNulRefusedByPostgres_translate_givesUnstorableValue(String state) {
        var translated = DatabaseFailures.translate(wrapped(new SQLException("refused", state)));
        assertEquals("Text must not contain the NUL character (\\u0000)",
                assertInstanceOf(UnstorableValueException.class, translated).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "42P01", "57014", "40001"})
    void givenOtherStates_translate_passesTheFailureOn(String state) {
        var failure = wrapped(new SQLException("other", state));
        assertSame(failure, DatabaseFailures.translate(failure));
    }
}
