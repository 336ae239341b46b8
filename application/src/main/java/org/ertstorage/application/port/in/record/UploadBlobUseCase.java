package org.ertstorage.application.port.in.record;

import java.util.Optional;

/**
 * The chunked blob upload: create an empty file record, stage its blocks in any order, commit
 * them as its content. Every step answers 409 on a complete ensemble.
 */
public interface UploadBlobUseCase {

    /**
     * Creates an uncommitted file record, with the checks of a file upload.
     *
     * @param filename the name for downloads; the record's name when empty
     * @param mimetype the media type for downloads; {@code application/octet-stream} when empty
     */
    void create(RecordAddress address, Optional<String> filename, Optional<String> mimetype);

    /**
     * Streams one block to the blob store; a later block of the same index replaces it. The record
     * is found by the single-record lookup (404); it must be a blob (409) and uncommitted (409).
     */
    void stage(RecordAddress address, int blockIndex, BlobContent content);

    /**
     * Joins the staged blocks by ascending index into the record's content and discards them.
     * The record must be a blob (409) and uncommitted (409).
     */
    void commit(RecordAddress address);
}
