package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntFunction;

/**
 * A blob's content, read chunk by chunk in the order of their numbers until one is missing (empty
 * chunks skipped). While the caller consumes a chunk, the next one is fetched on a virtual thread,
 * so the database sends a chunk while the client's connection takes the last one; at most two
 * chunks are held.
 */
final class ChunkStream extends InputStream {

    private static final byte[] NONE = new byte[0];

    private final IntFunction<Optional<byte[]>> fetch;
    private int seq;
    private FutureTask<Optional<byte[]>> next;
    private byte[] chunk = NONE;
    private int position;
    private boolean ended;

    /** @param fetch the chunk of a number, or empty after the last one; throws the database's failures */
    ChunkStream(IntFunction<Optional<byte[]>> fetch) {
        this.fetch = fetch;
    }

    /** Whether there is a byte to read, taking the next chunk (and asking for the one after) as needed. */
    private boolean hasByte() {
        while (position == chunk.length && !ended) {
            var fetched = next == null ? fetch.apply(seq) : await(next);
            next = null;
            if (fetched.isEmpty()) {
                ended = true;
            } else {
                chunk = fetched.get();
                position = 0;
                seq++;
                next = prefetch(seq);
            }
        }
        return position < chunk.length;
    }

    private FutureTask<Optional<byte[]>> prefetch(int number) {
        var task = new FutureTask<>(() -> fetch.apply(number));
        Thread.ofVirtual().name("blob-chunk-prefetch").start(task);
        return task;
    }

    private static Optional<byte[]> await(FutureTask<Optional<byte[]>> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Fetching a chunk failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a chunk", e);
        }
    }

    @Override
    public int read() {
        return hasByte() ? chunk[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!hasByte()) {
            return -1;
        }
        int n = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Hands each chunk over whole: one write per chunk instead of one per small buffer. */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        long transferred = 0;
        while (hasByte()) {
            int n = chunk.length - position;
            out.write(chunk, position, n);
            position += n;
            transferred += n;
        }
        return transferred;
    }

    @Override
    public int available() {
        return chunk.length - position;
    }

    /** A fetch under way finishes on its own and is dropped; interrupting it would close its connection. */
    @Override
    public void close() {
        next = null;
        chunk = NONE;
        position = 0;
        ended = true;
    }
}
