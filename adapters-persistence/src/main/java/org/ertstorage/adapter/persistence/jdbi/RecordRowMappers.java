package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.Shape;
import org.jdbi.v3.core.statement.StatementContext;

/** The row mappers of records, each reading the columns of the one before it and some more. */
final class RecordRowMappers {

    private RecordRowMappers() {
    }

    /**
     * A row of {@code record_info} joined with its ensemble's id and its prior's name: the columns
     * {@code ensemble_id}, {@code name}, {@code record_type}, {@code record_class}, {@code prior_name}.
     */
    static RecordInfo info(ResultSet rs, StatementContext ctx) throws SQLException {
        return new RecordInfo(
                new EnsembleId(rs.getObject("ensemble_id", UUID.class)),
                rs.getString("name"),
                byWireName(RecordType.values(), RecordType::wireName, rs.getString("record_type")),
                byWireName(RecordClass.values(), RecordClass::wireName, rs.getString("record_class")),
                Optional.ofNullable(rs.getString("prior_name")));
    }

    /** A row of {@code record} with its info: also {@code id}, {@code realization_index}, {@code userdata}. */
    static EnsembleRecord record(ResultSet rs, StatementContext ctx) throws SQLException {
        return new EnsembleRecord(
                new RecordId(rs.getObject("id", UUID.class)),
                info(rs, ctx),
                Optional.ofNullable(rs.getObject("realization_index", Integer.class)),
                UserdataJson.parse(rs.getString("userdata")));
    }

    /**
     * A record row joined with its {@code f64_matrix} row: also {@code shape} and {@code content}
     * (packed little-endian float64); its labels are parsed by the caller, who may have them already.
     */
    static NumericRecord numeric(ResultSet rs, StatementContext ctx, Optional<Labels> labels) throws SQLException {
        var matrix = new Matrix(
                new Shape(SqlArrays.list(rs, "shape", Integer.class)),
                PackedDoubles.unpackArray(rs.getBytes("content")),
                labels);
        return new NumericRecord(record(rs, ctx), matrix);
    }

    private static <E> E byWireName(E[] values, Function<E, String> wireName, String stored) {
        return Arrays.stream(values).filter(v -> wireName.apply(v).equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown stored value '" + stored + "'"));
    }
}
