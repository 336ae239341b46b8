package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.util.Arrays;
import org.ertstorage.domain.record.BlobKey;
import org.jdbi.v3.core.Handle;

/** One {@code INSERT} per chunk: what every database understands; H2's blob store. */
final class InsertChunkWriter implements ChunkWriter {

    private static final String INSERT_CHUNK = """
            INSERT INTO blob_chunk (blob_key, block_id, seq, bytes) VALUES (:blob, :block, :seq, :bytes)
            """;

    @Override
    public void write(Handle handle, BlobKey blob, String block, StreamChunks chunks) throws IOException {
        for (int seq = 0; chunks.next(); seq++) {
            handle.createUpdate(INSERT_CHUNK)
                    .bind("blob", blob.value())
                    .bind("block", block)
                    .bind("seq", seq)
                    .bind("bytes", Arrays.copyOf(chunks.buffer(), chunks.length()))
                    .execute();
        }
    }
}
