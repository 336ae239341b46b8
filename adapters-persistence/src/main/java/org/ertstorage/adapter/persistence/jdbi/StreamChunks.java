package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stream cut into chunks of at most the buffer's size, read one at a time into that one buffer.
 * An empty stream is one empty chunk, so that an empty block still counts as staged.
 */
final class StreamChunks {

    private final InputStream in;
    private final byte[] buffer;
    private int length;
    private boolean first = true;
    private boolean ended;

    StreamChunks(InputStream in, int chunkSize) {
        this.in = in;
        this.buffer = new byte[chunkSize];
    }

    /** Reads the next chunk into {@link #buffer()}; false once the stream has no more. */
    boolean next() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n == 0 && !first) {
            ended = true;
            return false;
        }
        first = false;
        length = n;
        ended = n < buffer.length;
        return true;
    }

    /** Holds the current chunk in its first {@link #length()} bytes, until the next one is read. */
    byte[] buffer() {
        return buffer;
    }

    int length() {
        return length;
    }
}
