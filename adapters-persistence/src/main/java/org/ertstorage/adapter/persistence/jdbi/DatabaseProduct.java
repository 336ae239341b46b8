package org.ertstorage.adapter.persistence.jdbi;

import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;

/** Which database a handle talks to, for the few statements PostgreSQL and H2 need written differently. */
final class DatabaseProduct {

    private DatabaseProduct() {
    }

    static boolean isPostgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new ConnectionException(e);
        }
    }
}
