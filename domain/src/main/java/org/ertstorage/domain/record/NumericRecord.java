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
        return new NumericRecord(recordOf(info, realization, matrix.head()), matrix);
    }

    /**
     * The record of new numeric content known by its head, as a streamed upload knows it before
     * its values arrive; the rules are those of {@link #create}.
     */
    public static EnsembleRecord recordOf(RecordInfo info, Optional<Integer> realization, MatrixHead head) {
        if (realization.isEmpty() && info.recordClass() == RecordClass.PARAMETER && head.shape().rank() < 2) {
            throw new ParameterNeedsRealizationAxis(info.name(), info.ensembleId());
        }
        return EnsembleRecord.create(info, realization);
    }
}
