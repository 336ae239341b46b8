package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.UUID;

/** The public identity of a record. */
public record RecordId(UUID value) {

    public RecordId {
        Objects.requireNonNull(value, "'value' must not be null");
    }

    public static RecordId random() {
        return new RecordId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
