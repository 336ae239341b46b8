package org.ertstorage.application.port.in.record;

import java.io.InputStream;
import java.util.Objects;

/**
 * Bytes on their way into a blob, read once as a stream.
 *
 * @param size the number of bytes, or -1 when the client did not say
 */
public record BlobContent(InputStream stream, long size) {

    public BlobContent {
        Objects.requireNonNull(stream, "'stream' must not be null");
    }
}
