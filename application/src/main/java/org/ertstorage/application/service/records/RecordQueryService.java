package org.ertstorage.application.service.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.FindRecordUseCase;
import org.ertstorage.application.port.in.record.ListRecordsUseCase;
import org.ertstorage.application.port.in.record.ParameterLabels;
import org.ertstorage.application.port.in.record.RecordDetails;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.StreamedStack;

/** Lookups and listings of records. */
public final class RecordQueryService implements FindRecordUseCase, ListRecordsUseCase {

    private final Transactions transactions;

    public RecordQueryService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public RecordDetails byId(RecordId id) {
        return transactions.reading(repositories -> details(repositories,
                repositories.records().byId(id).orElseThrow(() -> NotFoundException.item("Record", id))));
    }

    @Override
    public RecordDetails find(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return transactions.reading(repositories -> details(repositories,
                lookup(repositories, ensembleId, name, realization)));
    }

    /** The single-record lookup of the original, shared by userdata, blob and observation routes. */
    static EnsembleRecord lookup(Repositories repositories, EnsembleId ensembleId, String name,
            Optional<Integer> realization) {
        var records = repositories.records();
        return records.find(ensembleId, name, realization)
                .or(() -> realization.flatMap(index -> records.find(ensembleId, name, Optional.empty())
                        .filter(r -> r.info().type() == RecordType.F64_MATRIX)))
                .orElseThrow(() -> new NotFoundException(NotFoundException.Subject.RECORD, "Record not found"));
    }

    @Override
    public Map<String, RecordDetails> ofEnsemble(EnsembleId ensembleId) {
        return onePerName(ensembleId, record -> true);
    }

    @Override
    public Map<String, RecordDetails> responses(EnsembleId ensembleId) {
        return onePerName(ensembleId, record -> record.info().recordClass() == RecordClass.RESPONSE);
    }

    @Override
    public List<ParameterLabels> parameters(EnsembleId ensembleId) {
        return transactions.reading(repositories -> {
            var ensemble = ensemble(repositories, ensembleId);
            return ensemble.names().parameterNames().stream()
                    .map(name -> new ParameterLabels(name, columnLabels(repositories, ensembleId, name).orElse(List.of())))
                    .toList();
        });
    }

    @Override
    public List<String> labels(EnsembleId ensembleId, String name) {
        return transactions.reading(repositories -> {
            ensemble(repositories, ensembleId);
            if (repositories.records().info(ensembleId, name).isEmpty()) {
                throw new NotFoundException(NotFoundException.Subject.RECORD, "Record not found");
            }
            return columnLabels(repositories, ensembleId, name).orElse(List.of());
        });
    }

    private Map<String, RecordDetails> onePerName(EnsembleId ensembleId, Predicate<EnsembleRecord> filter) {
        return transactions.reading(repositories -> {
            ensemble(repositories, ensembleId);
            var chosen = new LinkedHashMap<String, EnsembleRecord>();
            // Ensemble-wide records come first, then by realization: the first of a name is the one shown.
            repositories.records().ofEnsemble(ensembleId).stream().filter(filter)
                    .forEach(record -> chosen.putIfAbsent(record.name(), record));
            var observed = repositories.records().withObservations(chosen.values().stream().map(EnsembleRecord::id).toList());
            var listing = new LinkedHashMap<String, RecordDetails>();
            chosen.forEach((name, record) -> listing.put(name, new RecordDetails(record, observed.contains(record.id()))));
            return listing;
        });
    }

    /**
     * Column labels of the name's first numeric record (the ensemble-wide one, else the lowest
     * realization, as the listings show), if it is labeled; read from the heads, not the values,
     * which for a large ensemble need not fit in memory.
     */
    private static Optional<List<String>> columnLabels(Repositories repositories, EnsembleId ensembleId, String name) {
        try (var heads = repositories.records().numericHeads(ensembleId, name, Optional.empty())) {
            return heads.findFirst()
                    .flatMap(StreamedStack.Head::labels)
                    .map(Labels::columns)
                    .map(LabelAxis::values);
        }
    }

    private static RecordDetails details(Repositories repositories, EnsembleRecord record) {
        return new RecordDetails(record, !repositories.records().withObservations(List.of(record.id())).isEmpty());
    }

    private static Ensemble ensemble(Repositories repositories, EnsembleId ensembleId) {
        return repositories.ensembles().find(ensembleId).orElseThrow(() -> NotFoundException.item("Ensemble", ensembleId));
    }
}
