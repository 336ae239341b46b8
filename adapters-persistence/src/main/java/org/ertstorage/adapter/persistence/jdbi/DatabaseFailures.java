package org.ertstorage.adapter.persistence.jdbi;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.application.port.in.UnstorableValueException;

/**
 * Turns the database failures that are not bugs into the application's exceptions: a database
 * that cannot be reached (refused or lost connections, a server shutting down, no pooled
 * connection within the pool's timeout) and text the database refuses. Anything else passes unchanged.
 */
final class DatabaseFailures {

    /** What clients are told to wait: about how long PostgreSQL takes to restart or fail over. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** SQL state class 08 (connection exception) and PostgreSQL's 57P01–57P03 (shutdown, crash, starting). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION_SHUTDOWN = "57P0";
    /**
     * PostgreSQL's character_not_in_repertoire, which it raises for NUL in text, and
     * untranslatable_character, which its JSON functions (the userdata merge) raise for {@code \u0000}.
     */
    private static final Set<String> NUL_REFUSED = Set.of("22021", "22P05");

    private DatabaseFailures() {
    }

    static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static void translated(Runnable work) {
        translated(() -> {
            work.run();
            return null;
        });
    }

    static RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isUnreachable(cause)) {
                return new StorageUnavailableException("The database is unavailable: " + cause.getMessage(), RETRY_AFTER,
                        failure);
            }
            if (cause instanceof SQLException sql && NUL_REFUSED.contains(sql.getSQLState())) {
                return new UnstorableValueException("Text must not contain the NUL character (\\u0000)", failure);
            }
        }
        return failure;
    }

    private static boolean isUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            var state = sql.getSQLState();
            return state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(OPERATOR_INTERVENTION_SHUTDOWN);
        }
        return false;
    }
}
