package org.ertstorage.adapter.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Statements of the upload's hot path, run with plain JDBC on the handle's connection (so in its
 * transaction): for these few, Jdbi's per-statement machinery (config lookups, an argument factory
 * found afresh for each bound type, generic type reflection for every array) cost the server more
 * CPU than binding the values, and an ingest runs them about 20,000 times per ensemble (issue 7).
 * Jdbi stays the adapter everywhere else. The pool's statement listener hears these too.
 */
final class DirectStatements {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private final Consumer<String> listener;

    DirectStatements(Consumer<String> listener) {
        this.listener = listener;
    }

    /**
     * @return the update count
     * @throws UnableToExecuteStatementException wrapping the driver's failure, as Jdbi would
     */
    int update(Handle handle, String sql, Parameters parameters) {
        listener.accept(sql);
        try (var statement = handle.getConnection().prepareStatement(sql)) {
            parameters.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /**
     * @return the key the insert generated in column {@code key}, or -1 when it inserted no row
     * @throws UnableToExecuteStatementException wrapping the driver's failure, as Jdbi would
     */
    long insert(Handle handle, String sql, String key, Parameters parameters) {
        listener.accept(sql);
        try (var statement = handle.getConnection().prepareStatement(sql, new String[] {key})) {
            parameters.set(statement);
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }
}
