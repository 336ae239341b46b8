package org.ertstorage.adapter.persistence.jdbi;

import java.io.IOException;
import org.ertstorage.domain.record.BlobKey;
import org.jdbi.v3.core.Handle;

/** How the chunks of a stream become rows of {@code blob_chunk}, numbered from 0, in the handle's transaction. */
interface ChunkWriter {

    void write(Handle handle, BlobKey blob, String block, StreamChunks chunks) throws IOException;
}
