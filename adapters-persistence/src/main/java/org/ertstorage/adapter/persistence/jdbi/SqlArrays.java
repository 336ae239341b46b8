package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Reads SQL array columns as lists; H2 hands out {@code Object[]}, PostgreSQL typed arrays. */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> List<T> list(ResultSet rs, String column, Class<T> elementType) throws SQLException {
        var array = rs.getArray(column);
        try {
            return Arrays.stream((Object[]) array.getArray()).map(elementType::cast).toList();
        } finally {
            array.free();
        }
    }
}
