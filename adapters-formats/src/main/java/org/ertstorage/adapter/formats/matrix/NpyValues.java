package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * The data of a {@code .npy} body read on as little-endian float64, converted a chunk at a time
 * from the header's dtype and byte order, so any body passes through a few kilobytes of heap. It
 * ends exactly after the header's values; a body that ends before them or runs on past them makes
 * reading fail with an {@code IOException}, and {@link #fault} says why.
 */
final class NpyValues extends InputStream {

    private static final int CHUNK_VALUES = 8192;

    private final InputStream body;
    private final NpyHeader header;
    private final byte[] chunk;
    private final ByteBuffer out = ByteBuffer.allocate(CHUNK_VALUES * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).limit(0);
    private long valuesLeft;
    private volatile String fault;

    NpyValues(InputStream body, NpyHeader header, long count) {
        this.body = body;
        this.header = header;
        this.chunk = new byte[CHUNK_VALUES * header.dtype().width()];
        this.valuesLeft = count;
    }

    /** Why reading failed because of the body, once it has. */
    Optional<String> fault() {
        return Optional.ofNullable(fault);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!out.hasRemaining()) {
            if (valuesLeft == 0) {
                return -1;
            }
            convertChunk();
        }
        int n = Math.min(length, out.remaining());
        out.get(into, offset, n);
        return n;
    }

    @Override
    public int available() {
        return out.remaining();
    }

    private void convertChunk() throws IOException {
        int count = (int) Math.min(CHUNK_VALUES, valuesLeft);
        int bytes = count * header.dtype().width();
        if (fill(bytes) < bytes) {
            throw fail("the body ends before the data of shape " + header.dimensions());
        }
        var values = header.decode(ByteBuffer.wrap(chunk, 0, bytes).order(header.dtype().order()), count);
        out.clear();
        out.asDoubleBuffer().put(values);
        out.limit(count * Double.BYTES);
        valuesLeft -= count;
        // Checked before the last values go out: a reader that wants no more never asks.
        if (valuesLeft == 0 && fill(1) > 0) {
            throw fail("the body holds more than the data of shape " + header.dimensions());
        }
    }

    private int fill(int bytes) throws IOException {
        try {
            return body.readNBytes(chunk, 0, bytes);
        } catch (IOException e) {
            throw fail("the body could not be read: " + e.getMessage());
        }
    }

    private IOException fail(String reason) {
        fault = reason;
        return new IOException(reason);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
