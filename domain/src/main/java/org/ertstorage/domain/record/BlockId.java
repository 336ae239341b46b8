package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.UUID;

/**
 * One block staged for a chunked blob upload, as the blob store knows it. Every stage gets a new
 * id, so a block staged again under the same index never overwrites the bytes of the first.
 */
public record BlockId(String value) {

    public BlockId {
        Objects.requireNonNull(value, "'value' must not be null");
        if (value.isBlank() || value.length() > BlobKey.MAX_LENGTH) {
            throw new IllegalArgumentException("'value' must be 1 to " + BlobKey.MAX_LENGTH + " characters");
        }
    }

    public static BlockId random() {
        return new BlockId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
