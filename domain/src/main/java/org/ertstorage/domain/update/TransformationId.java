package org.ertstorage.domain.update;

import java.util.Objects;
import java.util.UUID;

/** The public identity of an observation transformation of an update. */
public record TransformationId(UUID value) {

    public TransformationId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static TransformationId random() {
        return new TransformationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
