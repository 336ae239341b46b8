package org.ertstorage.application.service.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.BlobContent;
import org.ertstorage.application.port.in.record.RecordAddress;
import org.ertstorage.application.port.in.record.UploadBlobUseCase;
import org.ertstorage.application.port.in.record.UploadFileUseCase;
import org.ertstorage.application.port.in.record.UploadedFile;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.FileRecord;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;

/**
 * Uploads of blob records, single-shot and chunked. Bytes go to the blob store outside the
 * repositories' transactions, so a large upload holds no transaction open; the checks run before
 * the bytes are read and again when the record is stored.
 */
public final class BlobUploadService implements UploadFileUseCase, UploadBlobUseCase {

    private final Transactions transactions;
    private final BlobStore blobs;

    public BlobUploadService(Transactions transactions, BlobStore blobs) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.blobs = Objects.requireNonNull(blobs, "'blobs' must not be null");
    }

    @Override
    public EnsembleRecord upload(RecordAddress address, Supplier<UploadedFile> content) {
        transactions.inTransaction(repositories -> admit(repositories, address));
        var part = content.get();
        var blob = BlobKey.random();
        blobs.write(blob, part.content().stream(), part.content().size());
        try {
            return transactions.inTransaction(repositories -> {
                var info = claim(repositories, admit(repositories, address));
                var file = FileRecord.upload(info, address.realization(), part.filename(), part.mimetype(), blob);
                repositories.files().add(file);
                return file.record();
            });
        } catch (RuntimeException e) {
            blobs.delete(List.of(blob));
            throw e;
        }
    }

    @Override
    public void create(RecordAddress address, Optional<String> filename, Optional<String> mimetype) {
        transactions.run(repositories -> {
            var info = claim(repositories, admit(repositories, address));
            repositories.files().add(FileRecord.createChunked(info, address.realization(), filename, mimetype));
        });
    }

    @Override
    public void stage(RecordAddress address, int blockIndex, BlobContent content) {
        var file = transactions.inTransaction(repositories -> uncommittedFile(repositories, address));
        var block = BlockId.random();
        blobs.stageBlock(file.blob(), block, content.stream(), content.size());
        // The replaced block stays staged in the blob store until the commit discards it.
        transactions.run(repositories -> {
            uncommittedFile(repositories, address);
            repositories.files().putBlock(file.record().id(), blockIndex, block);
        });
    }

    @Override
    public void commit(RecordAddress address) {
        var staged = transactions.inTransaction(repositories -> {
            var file = uncommittedFile(repositories, address);
            return new Staged(file, repositories.files().blocks(file.record().id()));
        });
        blobs.commitBlocks(staged.file().blob(), staged.blocks());
        transactions.run(repositories -> {
            var files = repositories.files();
            var id = staged.file().record().id();
            if (!files.commit(id)) {
                // Another commit won the race, or the experiment was deleted meanwhile.
                files.find(id).ifPresent(FileRecord::requireUncommitted);
                throw recordNotFound();
            }
        });
    }

    private record Staged(FileRecord file, List<BlockId> blocks) {
    }

    /** The checks of 6.1 up to the name's structure, without storing anything; the info to claim. */
    private static RecordInfo admit(Repositories repositories, RecordAddress address) {
        var ensemble = repositories.ensembles().find(address.ensembleId())
                .orElseThrow(() -> NotFoundException.item("Ensemble", address.ensembleId()));
        ensemble.requireOpen();
        address.realization().ifPresent(ensemble::requireAllowedRealization);
        var records = repositories.records();
        records.slots(ensemble.id(), address.name()).requireFree(address.realization());
        var info = RecordInfo.of(ensemble, address.name(), RecordType.FILE, Optional.empty());
        records.info(ensemble.id(), address.name()).ifPresent(existing -> existing.admit(info));
        return info;
    }

    private static RecordInfo claim(Repositories repositories, RecordInfo info) {
        var stored = repositories.records().claimInfo(info);
        stored.admit(info);
        return stored;
    }

    /** The file of the single-record lookup, checked to take blocks or a commit. */
    private static FileRecord uncommittedFile(Repositories repositories, RecordAddress address) {
        var ensemble = repositories.ensembles().find(address.ensembleId())
                .orElseThrow(() -> NotFoundException.item("Ensemble", address.ensembleId()));
        var record = RecordQueryService.lookup(repositories, address.ensembleId(), address.name(), address.realization());
        ensemble.requireOpen();
        FileRecord.requireBlob(record);
        var file = repositories.files().find(record.id())
                .orElseThrow(BlobUploadService::recordNotFound);
        file.requireUncommitted();
        return file;
    }

    private static NotFoundException recordNotFound() {
        return new NotFoundException(NotFoundException.Subject.RECORD, "Record not found");
    }
}
