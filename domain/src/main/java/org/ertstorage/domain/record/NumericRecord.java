package org.ertstorage.domain.record;

import java.util.Objects;

/** A numeric record with its content. */
public record NumericRecord(EnsembleRecord record, Matrix matrix) {

    public NumericRecord {
        Objects.requireNonNull(record, "'record' must not be null");
        Objects.requireNonNull(matrix, "'matrix' must not be null");
        if (record.info().type() != RecordType.F64_MATRIX) {
            throw new IllegalArgumentException("record '" + record.name() + "' is not numeric");
        }
    }
}
