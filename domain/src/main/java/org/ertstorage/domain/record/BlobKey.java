package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.UUID;

/** Where the bytes of a file record are kept in the blob store; clients never see it. */
public record BlobKey(String value) {

    /** Longest key a blob store has to accept. */
    public static final int MAX_LENGTH = 64;

    public BlobKey {
        Objects.requireNonNull(value, "'value' must not be null");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("'value' must be 1 to " + MAX_LENGTH + " characters");
        }
    }

    public static BlobKey random() {
        return new BlobKey(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
