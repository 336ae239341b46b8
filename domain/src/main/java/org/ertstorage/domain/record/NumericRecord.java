package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;

/** A numeric record with its content. */
public record NumericRecord(EnsembleRecord record, Matrix matrix) {

    public NumericRecord {
        Objects.requireNonNull(record, "'record' must not be null");
        Objects.requireNonNull(matrix, "'matrix' must not be null");
        if (record.info().type() != RecordType.F64_MATRIX) {
            throw new IllegalArgumentException("record '" + record.name() + "' is not numeric");
        }
    }

    /**
     * A new numeric record. An ensemble-wide parameter record must have at least two dimensions,
     * the first being the realization.
     */
    public static NumericRecord create(RecordInfo info, Optional<Integer> realization, Matrix matrix) {
        if (realization.isEmpty() && info.recordClass() == RecordClass.PARAMETER && matrix.shape().rank() < 2) {
            throw new ParameterNeedsRealizationAxis(info.name(), info.ensembleId());
        }
        return new NumericRecord(EnsembleRecord.create(info, realization), matrix);
    }
}
