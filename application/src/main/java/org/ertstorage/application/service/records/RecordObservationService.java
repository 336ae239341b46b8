package org.ertstorage.application.service.records;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.RecordObservationsUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.observation.ObservationsNotFound;

/** Attaching observations to records, and listing them. */
public final class RecordObservationService implements RecordObservationsUseCase {

    private final Transactions transactions;

    public RecordObservationService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public void attach(EnsembleId ensembleId, String name, Optional<Integer> realization, List<ObservationId> ids) {
        transactions.inTransaction(repositories -> {
            var ensemble = repositories.ensembles().find(ensembleId)
                    .orElseThrow(() -> NotFoundException.item("Ensemble", ensembleId));
            var record = RecordQueryService.lookup(repositories, ensembleId, name, realization);
            ensemble.requireOpen();
            // Ids of other experiments count as unknown, unlike in the original.
            var found = repositories.observations().findByIds(ids).stream()
                    .filter(observation -> observation.experimentId().equals(ensemble.experimentId()))
                    .map(Observation::id)
                    .toList();
            if (found.isEmpty()) {
                throw new ObservationsNotFound(ids);
            }
            repositories.records().attachObservations(record.id(), found);
            return null;
        });
    }

    @Override
    public List<Observation> list(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return transactions.inTransaction(repositories -> {
            var record = RecordQueryService.lookup(repositories, ensembleId, name, realization);
            return repositories.observations().findByIds(repositories.records().observations(record.id()));
        });
    }
}
