package org.ertstorage.domain.record;

import java.util.List;
import java.util.Objects;

/**
 * The dimensions of a numeric record, first axis first (C order). A record has at least one
 * dimension: a bare scalar is not a matrix (API.md 6.2).
 */
public record Shape(List<Integer> dimensions) {

    public Shape {
        dimensions = List.copyOf(Objects.requireNonNull(dimensions, "'dimensions' must not be null"));
        if (dimensions.isEmpty()) {
            throw new NotAMatrix("a matrix needs at least one dimension");
        }
        long size = 1;
        for (int dimension : dimensions) {
            if (dimension < 0) {
                throw new NotAMatrix("dimensions must not be negative, got " + dimensions);
            }
            size *= dimension;
            if (size > Integer.MAX_VALUE) {
                throw new NotAMatrix("a matrix holds at most " + Integer.MAX_VALUE + " values, shape " + dimensions);
            }
        }
    }

    public static Shape of(int... dimensions) {
        return new Shape(java.util.Arrays.stream(dimensions).boxed().toList());
    }

    public int rank() {
        return dimensions.size();
    }

    public int dimension(int axis) {
        return dimensions.get(axis);
    }

    /** The number of values. */
    public int size() {
        int size = 1;
        for (int dimension : dimensions) {
            size *= dimension;
        }
        return size;
    }
}
