package org.ertstorage.application.service.records;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordRowNotFound;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.RecordType;

/** Reads of record content, in the original's order of candidates (API.md 6.5.1). */
public final class RecordReadService implements ReadRecordUseCase {

    private final Transactions transactions;
    private final BlobStore blobs;

    public RecordReadService(Transactions transactions, BlobStore blobs) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.blobs = Objects.requireNonNull(blobs, "'blobs' must not be null");
    }

    @Override
    public RecordData read(EnsembleId ensembleId, String name, Optional<Integer> realization, Optional<String> label) {
        return transactions.inTransaction(repositories -> {
            var records = repositories.records();
            var exact = records.find(ensembleId, name, realization);
            if (exact.isPresent()) {
                if (isFile(exact.get())) {
                    return blob(repositories, exact.get().id());
                }
                var numeric = numeric(records, exact.get().id());
                return new RecordData.Numeric(RecordTable.of(List.of(part(numeric)), label));
            }
            var all = records.numeric(ensembleId, name);
            if (all.isEmpty()) {
                // An ensemble-wide file answers for every realization; a forward-model file only for its own.
                var ensembleWideFile = realization.flatMap(index -> records.find(ensembleId, name, Optional.empty()))
                        .filter(RecordReadService::isFile)
                        .orElseThrow(RecordReadService::recordNotFound);
                return blob(repositories, ensembleWideFile.id());
            }
            if (realization.isPresent()) {
                // Only an ensemble-wide matrix has a row for a realization without its own record.
                var ensembleWide = all.stream().filter(n -> n.record().isEnsembleWide()).findFirst()
                        .orElseThrow(RecordReadService::recordNotFound);
                try {
                    return new RecordData.Numeric(RecordTable.row(ensembleWide.matrix(), realization.get(), label));
                } catch (RecordRowNotFound e) {
                    throw recordNotFound();
                }
            }
            return new RecordData.Numeric(RecordTable.of(all.stream().map(RecordReadService::part).toList(), label));
        });
    }

    @Override
    public RecordData read(RecordId id) {
        return transactions.inTransaction(repositories -> {
            var record = repositories.records().byId(id).orElseThrow(() -> NotFoundException.item("Record", id));
            if (isFile(record)) {
                return blob(repositories, id);
            }
            var numeric = repositories.records().numeric(id).orElseThrow(() -> NotFoundException.item("Record", id));
            return new RecordData.Numeric(RecordTable.of(List.of(part(numeric)), Optional.empty()));
        });
    }

    @Override
    public RecordTable responseData(EnsembleId ensembleId, String name) {
        return transactions.inTransaction(repositories -> {
            repositories.ensembles().find(ensembleId).orElseThrow(() -> NotFoundException.item("Ensemble", ensembleId));
            var parts = repositories.records().numeric(ensembleId, name).stream()
                    .filter(n -> !n.record().isEnsembleWide())
                    .filter(n -> n.record().info().recordClass() == RecordClass.RESPONSE)
                    .map(RecordReadService::part)
                    .toList();
            if (parts.isEmpty()) {
                throw recordNotFound();
            }
            return RecordTable.of(parts, Optional.empty());
        });
    }

    /** The file's bytes, streamed after the transaction; nothing before a chunked upload is committed. */
    private RecordData blob(Repositories repositories, RecordId id) {
        var file = repositories.files().find(id).orElseThrow(RecordReadService::recordNotFound);
        var content = file.committed() ? blobs.open(file.blob()) : InputStream.nullInputStream();
        return new RecordData.Blob(file.filename(), file.mimetype(), content);
    }

    private static boolean isFile(EnsembleRecord record) {
        return record.info().type() == RecordType.FILE;
    }

    private static NumericRecord numeric(RecordRepository records, RecordId id) {
        return records.numeric(id).orElseThrow(RecordReadService::recordNotFound);
    }

    private static RecordTable.Part part(NumericRecord numeric) {
        return new RecordTable.Part(numeric.matrix(), numeric.record().realization());
    }

    private static NotFoundException recordNotFound() {
        return new NotFoundException(NotFoundException.Subject.RECORD, "Record not found");
    }
}
