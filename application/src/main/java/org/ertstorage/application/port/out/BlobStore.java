package org.ertstorage.application.port.out;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;

/**
 * Keeps the bytes of file records, streamed in and out, never whole in memory. Not part of the
 * repositories' transactions: use cases write blobs before they store the record and delete them
 * after the records are gone. Blocks follow Azure's block blobs: staged under a blob, invisible
 * until a commit joins them in a given order.
 */
public interface BlobStore {

    /**
     * Stores the stream as the blob's content, replacing any.
     *
     * @param size the number of bytes, or -1 when unknown
     */
    void write(BlobKey blob, InputStream content, long size);

    /**
     * Stores the stream as a block of the blob, not yet part of its content.
     *
     * @param size the number of bytes, or -1 when unknown
     */
    void stageBlock(BlobKey blob, BlockId block, InputStream content, long size);

    /**
     * Makes the given staged blocks, in this order, the blob's content and discards every staged
     * block of the blob. Callers list each block at most once (every block index has a block of
     * its own), which lets a store turn blocks into content without copying them.
     *
     * @throws IllegalStateException when a listed block was never staged
     */
    void commitBlocks(BlobKey blob, List<BlockId> blocks);

    /** The blob's content, read lazily; empty for a blob without content. */
    InputStream open(BlobKey blob);

    /** Deletes the blobs with their staged blocks; unknown blobs are ignored. */
    void delete(Collection<BlobKey> blobs);

    /** Whether the store answers now; a cheap probe for readiness checks, never throwing. */
    boolean isReachable();
}
