package org.ertstorage.application.port.in.record;

import java.util.List;
import java.util.Objects;

/** A declared parameter name and the column labels of its first record ({@code []} when unlabeled or absent). */
public record ParameterLabels(String name, List<String> labels) {

    public ParameterLabels {
        Objects.requireNonNull(name, "'name' must not be null");
        labels = List.copyOf(Objects.requireNonNull(labels, "'labels' must not be null"));
    }
}
