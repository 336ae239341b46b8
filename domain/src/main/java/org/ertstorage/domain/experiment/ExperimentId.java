package org.ertstorage.domain.experiment;

import java.util.Objects;
import java.util.UUID;

/** The public identity of an experiment. */
public record ExperimentId(UUID value) {

    public ExperimentId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static ExperimentId random() {
        return new ExperimentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
