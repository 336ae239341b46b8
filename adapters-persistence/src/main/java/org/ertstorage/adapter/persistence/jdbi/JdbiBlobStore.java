package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Blobs in the database, as rows of at most 1 MiB in {@code blob_chunk}: a write holds one chunk
 * in memory, a read one chunk at a time, and a commit copies the blocks' chunks inside the
 * database. Each call is its own transaction, apart from the use cases' ones; failures are
 * translated by {@link DatabaseFailures}.
 */
public final class JdbiBlobStore implements BlobStore {

    static final int CHUNK_SIZE = 1024 * 1024;
    /** The block id of a blob's committed content. */
    private static final String CONTENT = "";

    private static final String INSERT_CHUNK = """
            INSERT INTO blob_chunk (blob_key, block_id, seq, bytes) VALUES (:blob, :block, :seq, :bytes)
            """;
    private static final String DELETE_CHUNKS = """
            DELETE FROM blob_chunk WHERE blob_key = :blob AND block_id = :block
            """;
    private static final String DELETE_STAGED = """
            DELETE FROM blob_chunk WHERE blob_key = :blob AND block_id <> ''
            """;
    // Chunks of one block after those of the blocks before it: the copy never leaves the database.
    private static final String APPEND_BLOCK = """
            INSERT INTO blob_chunk (blob_key, block_id, seq, bytes)
            SELECT blob_key, '', seq + :offset, bytes FROM blob_chunk WHERE blob_key = :blob AND block_id = :block
            """;
    private static final String SELECT_CHUNK = """
            SELECT bytes FROM blob_chunk WHERE blob_key = :blob AND block_id = '' AND seq = :seq
            """;
    private static final String DELETE_BLOBS = """
            DELETE FROM blob_chunk WHERE blob_key IN (<blobs>)
            """;

    /** Touches the chunk table without reading a row: the table exists and the database answers. */
    private static final String PROBE = "SELECT 1 FROM blob_chunk WHERE 1 = 0";

    private final Jdbi jdbi;

    public JdbiBlobStore(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "'jdbi' must not be null");
    }

    @Override
    public void write(BlobKey blob, InputStream content, long size) {
        DatabaseFailures.translated(() -> jdbi.useTransaction(handle -> {
            delete(handle, DELETE_CHUNKS, blob, CONTENT);
            insertChunks(handle, blob, CONTENT, content);
        }));
    }

    @Override
    public void stageBlock(BlobKey blob, BlockId block, InputStream content, long size) {
        DatabaseFailures.translated(() -> jdbi.useTransaction(handle -> {
            delete(handle, DELETE_CHUNKS, blob, block.value());
            insertChunks(handle, blob, block.value(), content);
        }));
    }

    @Override
    public void commitBlocks(BlobKey blob, List<BlockId> blocks) {
        DatabaseFailures.translated(() -> jdbi.useTransaction(handle -> {
            delete(handle, DELETE_CHUNKS, blob, CONTENT);
            int offset = 0;
            for (var block : blocks) {
                int copied = handle.createUpdate(APPEND_BLOCK)
                        .bind("offset", offset)
                        .bind("blob", blob.value())
                        .bind("block", block.value())
                        .execute();
                if (copied == 0) {
                    throw new IllegalStateException("block " + block + " of blob " + blob + " was never staged");
                }
                offset += copied;
            }
            if (blocks.isEmpty()) {
                insertChunk(handle, blob, CONTENT, 0, new byte[0]);
            }
            delete(handle, DELETE_STAGED, blob, null);
        }));
    }

    @Override
    public InputStream open(BlobKey blob) {
        return new ChunkStream(blob);
    }

    @Override
    public void delete(Collection<BlobKey> blobs) {
        if (blobs.isEmpty()) {
            return;
        }
        DatabaseFailures.translated(() -> jdbi.useHandle(handle -> handle.createUpdate(DELETE_BLOBS)
                .bindList("blobs", blobs.stream().map(BlobKey::value).distinct().toList())
                .execute()));
    }

    /** Every stream becomes at least one chunk, so that an empty block still counts as staged. */
    private static void insertChunks(Handle handle, BlobKey blob, String block, InputStream content) {
        var buffer = new byte[CHUNK_SIZE];
        try (content) {
            int seq = 0;
            int n = content.readNBytes(buffer, 0, CHUNK_SIZE);
            insertChunk(handle, blob, block, seq, Arrays.copyOf(buffer, n));
            while (n == CHUNK_SIZE) {
                n = content.readNBytes(buffer, 0, CHUNK_SIZE);
                if (n > 0) {
                    insertChunk(handle, blob, block, ++seq, Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the content of blob " + blob + " failed", e);
        }
    }

    private static void insertChunk(Handle handle, BlobKey blob, String block, int seq, byte[] bytes) {
        handle.createUpdate(INSERT_CHUNK)
                .bind("blob", blob.value())
                .bind("block", block)
                .bind("seq", seq)
                .bind("bytes", bytes)
                .execute();
    }

    private static void delete(Handle handle, String sql, BlobKey blob, String block) {
        var update = handle.createUpdate(sql).bind("blob", blob.value());
        if (block != null) {
            update.bind("block", block);
        }
        update.execute();
    }

    private Optional<byte[]> chunk(BlobKey blob, int seq) {
        return DatabaseFailures.translated(() -> jdbi.withHandle(handle -> handle.createQuery(SELECT_CHUNK)
                .bind("blob", blob.value())
                .bind("seq", seq)
                .mapTo(byte[].class)
                .findOne()));
    }

    /** Reads the content chunk by chunk, each with a short-lived handle of its own. */
    @Override
    public boolean isReachable() {
        try {
            jdbi.useHandle(handle -> handle.createQuery(PROBE).mapTo(Integer.class).findFirst());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private final class ChunkStream extends InputStream {

        private final BlobKey blob;
        private int seq;
        private byte[] chunk = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(BlobKey blob) {
            this.blob = blob;
        }

        /** Whether there is a byte to read, fetching chunks (empty ones skipped) as needed. */
        private boolean hasByte() {
            while (position == chunk.length && !ended) {
                var next = chunk(blob, seq);
                if (next.isEmpty()) {
                    ended = true;
                } else {
                    seq++;
                    chunk = next.get();
                    position = 0;
                }
            }
            return position < chunk.length;
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

        @Override
        public int available() {
            return chunk.length - position;
        }
    }
}
