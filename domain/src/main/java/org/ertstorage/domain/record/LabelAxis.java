package org.ertstorage.domain.record;

import java.util.List;
import java.util.Objects;

/** The labels of one axis of a numeric record, as text, with the type they had when uploaded. */
public record LabelAxis(LabelType type, List<String> values) {

    public LabelAxis {
        Objects.requireNonNull(type, "'type' must not be null");
        values = List.copyOf(Objects.requireNonNull(values, "'values' must not be null"));
    }

    public static LabelAxis strings(List<String> values) {
        return new LabelAxis(LabelType.STRING, values);
    }

    public int size() {
        return values.size();
    }
}
