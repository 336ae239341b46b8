package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * in memory, a read one chunk at a time, and a commit renumbers the blocks' chunks as the
 * blob's content, so each block can be committed once. Each call is its own transaction, apart from the use cases' ones; failures are
 * translated by {@link DatabaseFailures}.
 */
public final class JdbiBlobStore implements BlobStore {

    static final int CHUNK_SIZE = 1024 * 1024;
    /** The block id of a blob's committed content. */
    private static final String CONTENT = "";

    private static final String DELETE_CHUNKS = """
            DELETE FROM blob_chunk WHERE blob_key = :blob AND block_id = :block
            """;
    private static final String DELETE_STAGED = """
            DELETE FROM blob_chunk WHERE blob_key = :blob AND block_id <> ''
            """;
    // Renumbers one block's chunks after those of the blocks before it, as content. The bytes stay
    // where they are: PostgreSQL's new row versions keep pointing at the same TOAST data, so a
    // commit writes a few rows per MiB where copying the bytes would write them all again.
    private static final String MOVE_BLOCK = """
            UPDATE blob_chunk SET block_id = '', seq = seq + :offset WHERE blob_key = :blob AND block_id = :block
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
    private final ChunkWriter chunkWriter;

    private JdbiBlobStore(Jdbi jdbi, ChunkWriter chunkWriter) {
        this.jdbi = Objects.requireNonNull(jdbi, "'jdbi' must not be null");
        this.chunkWriter = chunkWriter;
    }

    /** Writes chunks with one {@code INSERT} each, which any database takes. */
    public static JdbiBlobStore inserting(Jdbi jdbi) {
        return new JdbiBlobStore(jdbi, new InsertChunkWriter());
    }

    /** Writes chunks with PostgreSQL's {@code COPY}; only for a PostgreSQL database. */
    public static JdbiBlobStore copyingToPostgres(Jdbi jdbi) {
        return new JdbiBlobStore(jdbi, new CopyChunkWriter());
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
                int moved = handle.createUpdate(MOVE_BLOCK)
                        .bind("offset", offset)
                        .bind("blob", blob.value())
                        .bind("block", block.value())
                        .execute();
                if (moved == 0) {
                    throw new IllegalStateException("block " + block + " of blob " + blob + " was never staged");
                }
                offset += moved;
            }
            if (blocks.isEmpty()) {
                insertChunks(handle, blob, CONTENT, InputStream.nullInputStream());
            }
            delete(handle, DELETE_STAGED, blob, null);
        }));
    }

    /** Reads the content chunk by chunk, each with a short-lived handle of its own. */
    @Override
    public InputStream open(BlobKey blob) {
        return new ChunkStream(seq -> chunk(blob, seq));
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

    private void insertChunks(Handle handle, BlobKey blob, String block, InputStream content) {
        try (content) {
            chunkWriter.write(handle, blob, block, new StreamChunks(content, CHUNK_SIZE));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the content of blob " + blob + " failed", e);
        }
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

    @Override
    public boolean isReachable() {
        try {
            jdbi.useHandle(handle -> handle.createQuery(PROBE).mapTo(Integer.class).findFirst());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
