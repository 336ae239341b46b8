package org.ertstorage.domain.ensemble;

import java.util.Objects;
import java.util.UUID;

/** The public identity of an ensemble. */
public record EnsembleId(UUID value) {

    public EnsembleId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static EnsembleId random() {
        return new EnsembleId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
