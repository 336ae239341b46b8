package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.ertstorage.domain.record.BlobKey;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} in its binary format: the chunks go out as one stream
 * without waiting for an answer per row, so the server reads the next chunk of the request while
 * the database stores the last one, and the driver sends the buffer as it is.
 */
final class CopyChunkWriter implements ChunkWriter {

    private static final String COPY = "COPY blob_chunk (blob_key, block_id, seq, bytes) FROM STDIN (FORMAT binary)";
    /** The signature, no flags, no header extension. */
    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
    /** A field count of -1 ends the data. */
    private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};
    private static final short FIELDS = 4;

    @Override
    public void write(Handle handle, BlobKey blob, String block, StreamChunks chunks) throws IOException {
        try {
            var copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                copyRows(copy, blob, block, chunks);
            } catch (IOException | SQLException | RuntimeException e) {
                cancel(copy, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Copying the chunks of blob " + blob + " failed: " + e.getMessage(), e);
        }
    }

    private static void copyRows(CopyIn copy, BlobKey blob, String block, StreamChunks chunks)
            throws IOException, SQLException {
        copy.writeToCopy(HEADER, 0, HEADER.length);
        var key = blob.value().getBytes(StandardCharsets.UTF_8);
        var blockId = block.getBytes(StandardCharsets.UTF_8);
        for (int seq = 0; chunks.next(); seq++) {
            var fields = fieldsBeforeBytes(key, blockId, seq, chunks.length());
            copy.writeToCopy(fields, 0, fields.length);
            copy.writeToCopy(chunks.buffer(), 0, chunks.length());
        }
        copy.writeToCopy(TRAILER, 0, TRAILER.length);
        copy.endCopy();
    }

    /** A row's field count, key, block id and seq, and the length of the bytes that follow. */
    private static byte[] fieldsBeforeBytes(byte[] key, byte[] block, int seq, int length) {
        var row = ByteBuffer.allocate(2 + 4 + key.length + 4 + block.length + 4 + 4 + 4)
                .putShort(FIELDS)
                .putInt(key.length).put(key)
                .putInt(block.length).put(block)
                .putInt(Integer.BYTES).putInt(seq)
                .putInt(length);
        return row.array();
    }

    /**
     * Ends a copy that failed midway (the request's body broke off): left open, it would keep the
     * pooled connection busy. The transaction rolls back either way.
     */
    private static void cancel(CopyIn copy, Exception failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
