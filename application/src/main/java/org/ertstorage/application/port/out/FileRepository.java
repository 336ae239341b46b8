package org.ertstorage.application.port.out;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.RecordId;

/**
 * Stores blob records: the record with its file name, media type, blob and commit state, and the
 * blocks staged for a chunked upload, by index. The bytes themselves are in the {@link BlobStore}.
 */
public interface FileRepository {

    /**
     * Stores a file record; its name's record info must have been claimed in the transaction.
     *
     * @throws org.ertstorage.domain.record.RecordAlreadyExists when its slot was taken meanwhile
     */
    void add(FileRecord file);

    /** The file of a record; empty for a numeric or unknown record. */
    Optional<FileRecord> find(RecordId id);

    /**
     * Records a staged block under its index; a block staged earlier under the index is replaced.
     *
     * @return the replaced block
     */
    Optional<BlockId> putBlock(RecordId id, int index, BlockId block);

    /** The blocks staged for the record, by ascending index. */
    List<BlockId> blocks(RecordId id);

    /**
     * Marks the file committed and forgets its blocks, unless it was committed already (checked by
     * the store, so that of two racing commits one fails).
     *
     * @return false when the file was committed already or does not exist
     */
    boolean commit(RecordId id);

    /** The blobs of every file record in the experiment's ensembles, to delete with the experiment. */
    List<BlobKey> blobsOfExperiment(ExperimentId id);
}
