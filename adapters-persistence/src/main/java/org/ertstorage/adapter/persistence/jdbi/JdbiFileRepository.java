package org.ertstorage.adapter.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import org.ertstorage.application.port.out.FileRepository;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.RecordId;
import org.jdbi.v3.core.Handle;

/**
 * File records in {@code record} and {@code file}, staged blocks in {@code file_block}; the bytes
 * are in the blob store. Block puts and commits of one file lock its row, so they serialize.
 */
final class JdbiFileRepository implements FileRepository {

    private static final String INSERT_FILE = """
            INSERT INTO file (record_pk, filename, mimetype, blob_key, committed)
            VALUES (:recordPk, :filename, :mimetype, :blob, :committed)
            """;
    private static final String SELECT_FILE = """
            SELECT r.id, r.realization_index, r.userdata, e.id AS ensemble_id, i.name, i.record_type, i.record_class,
                   p.name AS prior_name, f.filename, f.mimetype, f.blob_key, f.committed
            FROM record r
            JOIN record_info i ON i.pk = r.record_info_pk
            JOIN ensemble e ON e.pk = i.ensemble_pk
            LEFT JOIN prior p ON p.pk = i.prior_pk
            JOIN file f ON f.record_pk = r.pk
            WHERE r.id = :id
            """;
    private static final String LOCK_FILE = """
            SELECT f.pk FROM file f JOIN record r ON r.pk = f.record_pk WHERE r.id = :id FOR UPDATE
            """;
    private static final String SELECT_BLOCK = """
            SELECT block_id FROM file_block WHERE file_pk = :filePk AND block_index = :index
            """;
    private static final String UPDATE_BLOCK = """
            UPDATE file_block SET block_id = :block WHERE file_pk = :filePk AND block_index = :index
            """;
    private static final String INSERT_BLOCK = """
            INSERT INTO file_block (file_pk, block_id, block_index) VALUES (:filePk, :block, :index)
            """;
    private static final String SELECT_BLOCKS = """
            SELECT b.block_id FROM file_block b JOIN file f ON f.pk = b.file_pk JOIN record r ON r.pk = f.record_pk
            WHERE r.id = :id
            ORDER BY b.block_index
            """;
    private static final String COMMIT_FILE = """
            UPDATE file SET committed = TRUE, time_updated = CURRENT_TIMESTAMP
            WHERE pk = :filePk AND committed = FALSE
            """;
    private static final String DELETE_BLOCKS = """
            DELETE FROM file_block WHERE file_pk = :filePk
            """;
    private static final String SELECT_BLOBS_OF_EXPERIMENT = """
            SELECT f.blob_key
            FROM file f
            JOIN record r ON r.pk = f.record_pk
            JOIN record_info i ON i.pk = r.record_info_pk
            JOIN ensemble e ON e.pk = i.ensemble_pk
            JOIN experiment x ON x.pk = e.experiment_pk
            WHERE x.id = :experimentId AND f.blob_key IS NOT NULL
            """;

    private final Handle handle;

    JdbiFileRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(FileRecord file) {
        long recordPk = RecordRows.insert(handle, file.record());
        handle.createUpdate(INSERT_FILE)
                .bind("recordPk", recordPk)
                .bind("filename", file.filename())
                .bind("mimetype", file.mimetype())
                .bind("blob", file.blob().value())
                .bind("committed", file.committed())
                .execute();
    }

    @Override
    public Optional<FileRecord> find(RecordId id) {
        return handle.createQuery(SELECT_FILE)
                .bind("id", id.value())
                .map((rs, ctx) -> new FileRecord(RecordRowMappers.record(rs, ctx), rs.getString("filename"),
                        rs.getString("mimetype"), new BlobKey(rs.getString("blob_key")), rs.getBoolean("committed")))
                .findOne();
    }

    @Override
    public Optional<BlockId> putBlock(RecordId id, int index, BlockId block) {
        long filePk = lockFile(id).orElseThrow(() -> new IllegalStateException("Record " + id + " has no file"));
        var replaced = handle.createQuery(SELECT_BLOCK)
                .bind("filePk", filePk)
                .bind("index", index)
                .mapTo(String.class)
                .findOne()
                .map(BlockId::new);
        handle.createUpdate(replaced.isPresent() ? UPDATE_BLOCK : INSERT_BLOCK)
                .bind("filePk", filePk)
                .bind("index", index)
                .bind("block", block.value())
                .execute();
        return replaced;
    }

    @Override
    public List<BlockId> blocks(RecordId id) {
        return handle.createQuery(SELECT_BLOCKS).bind("id", id.value()).mapTo(String.class).map(BlockId::new).list();
    }

    @Override
    public boolean commit(RecordId id) {
        var filePk = lockFile(id);
        if (filePk.isEmpty() || handle.createUpdate(COMMIT_FILE).bind("filePk", filePk.get()).execute() == 0) {
            return false;
        }
        handle.createUpdate(DELETE_BLOCKS).bind("filePk", filePk.get()).execute();
        return true;
    }

    @Override
    public List<BlobKey> blobsOfExperiment(ExperimentId id) {
        return handle.createQuery(SELECT_BLOBS_OF_EXPERIMENT)
                .bind("experimentId", id.value())
                .mapTo(String.class)
                .map(BlobKey::new)
                .list();
    }

    private Optional<Long> lockFile(RecordId id) {
        return handle.createQuery(LOCK_FILE).bind("id", id.value()).mapTo(Long.class).findOne();
    }
}
