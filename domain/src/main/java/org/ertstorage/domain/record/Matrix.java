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
        // The head checks that the labels fit the shape.
        new MatrixHead(shape, labels);
    }

    /** The shape and labels, all but the values. */
    public MatrixHead head() {
        return new MatrixHead(shape, labels);
    }

    public static Matrix unlabeled(Shape shape, double[] values) {
        return new Matrix(shape, values, Optional.empty());
    }
}
