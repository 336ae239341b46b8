package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;

/**
 * The content of a numeric record: float64 values in C (row-major) order with their shape and,
 * for CSV and Parquet uploads, labels. The array is shared, not copied: a matrix can be large,
 * and whoever builds one hands it over.
 */
public record Matrix(Shape shape, double[] values, Optional<Labels> labels) {

    public Matrix {
        Objects.requireNonNull(shape, "'shape' must not be null");
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(labels, "'labels' must not be null");
        if (values.length != shape.size()) {
            throw new NotAMatrix("shape " + shape.dimensions() + " needs " + shape.size() + " values, got " + values.length);
        }
        labels.ifPresent(l -> {
            if (shape.rank() != 2 || l.rows().size() != shape.dimension(0) || l.columns().size() != shape.dimension(1)) {
                throw new NotAMatrix("labels of " + l.rows().size() + " rows and " + l.columns().size()
                        + " columns do not fit shape " + shape.dimensions());
            }
        });
    }

    public static Matrix unlabeled(Shape shape, double[] values) {
        return new Matrix(shape, values, Optional.empty());
    }
}
