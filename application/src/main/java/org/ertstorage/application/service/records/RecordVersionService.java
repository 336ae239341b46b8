package org.ertstorage.application.service.records;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.record.RecordVersionUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;

/** Versions of record names: the sorted ids of the name's records (adapters digest them as they need). */
public final class RecordVersionService implements RecordVersionUseCase {

    private final Transactions transactions;

    public RecordVersionService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Optional<String> version(EnsembleId ensembleId, String name) {
        return transactions.reading(repositories -> {
            var ids = repositories.records().numericIds(ensembleId, name).stream()
                    .map(RecordId::value).map(Object::toString).sorted().toList();
            return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(",", ids));
        });
    }
}
