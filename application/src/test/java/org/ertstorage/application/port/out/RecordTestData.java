package org.ertstorage.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.Shape;

/** Record infos, matrices and numeric records for the record contract. */
public final class RecordTestData {

    /** Doubles a store must return bit for bit, -0.0 and a subnormal-adjacent tiny value included. */
    public static final double[] AWKWARD_VALUES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        -0.0, 0.0, 1e-300, Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, -2.5, 42.0, 7e22};

    private RecordTestData() {
    }

    /** The info of a numeric name of class other, unique per call. */
    public static RecordInfo numericInfo(Ensemble ensemble) {
        return new RecordInfo(ensemble.id(), RepositoryTestData.uniqueName("record"), RecordType.F64_MATRIX,
                RecordClass.OTHER, Optional.empty());
    }

    public static RecordInfo numericInfo(Ensemble ensemble, String name) {
        return new RecordInfo(ensemble.id(), name, RecordType.F64_MATRIX, RecordClass.OTHER, Optional.empty());
    }

    /** A matrix of the shape whose values count up from {@code first}. */
    public static Matrix matrix(double first, int... dimensions) {
        var shape = Shape.of(dimensions);
        return Matrix.unlabeled(shape, IntStream.range(0, shape.size()).mapToDouble(i -> first + i).toArray());
    }

    /** A labeled two-dimensional matrix of the given label types. */
    public static Matrix labeled(LabelType columnType, List<String> columns, LabelType rowType, List<String> rows) {
        var values = IntStream.range(0, columns.size() * rows.size()).mapToDouble(i -> i * 0.5).toArray();
        return new Matrix(Shape.of(rows.size(), columns.size()), values,
                Optional.of(new Labels(new LabelAxis(columnType, columns), new LabelAxis(rowType, rows))));
    }

    public static NumericRecord numeric(RecordInfo info, Optional<Integer> realization, Matrix matrix) {
        return new NumericRecord(EnsembleRecord.create(info, realization), matrix);
    }
}
