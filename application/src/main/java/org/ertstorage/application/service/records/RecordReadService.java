package org.ertstorage.application.service.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordRowNotFound;
import org.ertstorage.domain.record.RecordTable;

/** Reads of record content, in the original's order of candidates (API.md 6.5.1). */
public final class RecordReadService implements ReadRecordUseCase {

    private final Transactions transactions;

    public RecordReadService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public RecordData read(EnsembleId ensembleId, String name, Optional<Integer> realization, Optional<String> label) {
        return transactions.inTransaction(repositories -> {
            var records = repositories.records();
            var exact = records.find(ensembleId, name, realization);
            if (exact.isPresent()) {
                var numeric = numeric(records, exact.get().id());
                return new RecordData.Numeric(RecordTable.of(List.of(part(numeric)), label));
            }
            var all = records.numeric(ensembleId, name);
            if (all.isEmpty()) {
                throw recordNotFound();
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
