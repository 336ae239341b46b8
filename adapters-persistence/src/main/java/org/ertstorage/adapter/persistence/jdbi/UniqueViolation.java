package org.ertstorage.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the violation of one named unique constraint: SQL state 23505 on H2 and PostgreSQL,
 * with the constraint's name in the message (H2 writes it in upper case).
 */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    static boolean of(RuntimeException failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A batch's failure (BatchUpdateException) chains the statement's own as its next exception.
            for (var sql = cause instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains(constraint)) {
                    return true;
                }
            }
        }
        return false;
    }
}
