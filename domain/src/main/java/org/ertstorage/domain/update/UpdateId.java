package org.ertstorage.domain.update;

import java.util.Objects;
import java.util.UUID;

/** The public identity of an update, the edge from a reference ensemble to its result. */
public record UpdateId(UUID value) {

    public UpdateId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static UpdateId random() {
        return new UpdateId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
