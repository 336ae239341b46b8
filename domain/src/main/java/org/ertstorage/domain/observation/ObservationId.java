package org.ertstorage.domain.observation;

import java.util.Objects;
import java.util.UUID;

/** The public identity of an observation (a named group of measured points). */
public record ObservationId(UUID value) {

    public ObservationId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static ObservationId random() {
        return new ObservationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
