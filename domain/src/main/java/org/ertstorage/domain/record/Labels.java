package org.ertstorage.domain.record;

import java.util.Objects;

/**
 * The labels of a two-dimensional numeric record: {@code columns} name the second axis
 * (the original's {@code labels[0]}), {@code rows} the first ({@code labels[1]}).
 */
public record Labels(LabelAxis columns, LabelAxis rows) {

    public Labels {
        Objects.requireNonNull(columns, "'columns' must not be null");
        Objects.requireNonNull(rows, "'rows' must not be null");
    }
}
