package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;

/**
 * A numeric record's content without its values: the shape and, for CSV and Parquet uploads,
 * the labels. A streamed upload knows its head before the values arrive, so every rule that
 * depends on shape or labels is checked before anything is stored.
 */
public record MatrixHead(Shape shape, Optional<Labels> labels) {

    public MatrixHead {
        Objects.requireNonNull(shape, "'shape' must not be null");
        Objects.requireNonNull(labels, "'labels' must not be null");
        labels.ifPresent(l -> {
            if (shape.rank() != 2 || l.rows().size() != shape.dimension(0) || l.columns().size() != shape.dimension(1)) {
                throw new NotAMatrix("labels of " + l.rows().size() + " rows and " + l.columns().size()
                        + " columns do not fit shape " + shape.dimensions());
            }
        });
    }

    public static MatrixHead unlabeled(Shape shape) {
        return new MatrixHead(shape, Optional.empty());
    }
}
