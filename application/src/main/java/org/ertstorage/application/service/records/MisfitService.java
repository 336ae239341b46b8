package org.ertstorage.application.service.records;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.record.ComputeMisfitsUseCase;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.Misfits;
import org.ertstorage.domain.observation.MisfitsUnavailable;
import org.ertstorage.domain.record.RecordTable;

/** Misfits of responses against their observation. */
public final class MisfitService implements ComputeMisfitsUseCase {

    private final Transactions transactions;

    public MisfitService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public RecordTable misfits(EnsembleId ensembleId, String responseName, Optional<Integer> realization,
            boolean summary) {
        return transactions.reading(repositories -> {
            var records = repositories.records();
            var observed = records.numericWithObservations(ensembleId, responseName).stream()
                    .filter(numeric -> !numeric.record().isEnsembleWide())
                    .filter(numeric -> realization.isEmpty() || numeric.record().realization().equals(realization))
                    .toList();
            if (observed.isEmpty()) {
                if (realization.isPresent()) {
                    throw NotFoundException.item("Record", responseName + "@" + realization.get());
                }
                throw new MisfitsUnavailable("no response record with observations");
            }
            var observationId = records.observations(observed.getFirst().record().id()).getFirst();
            var observation = repositories.observations().find(observationId)
                    .orElseThrow(() -> new MisfitsUnavailable("the observation of the response is gone"));
            var responses = new LinkedHashMap<Integer, RecordTable>();
            for (var numeric : observed) {
                int index = numeric.record().realization().orElseThrow();
                responses.put(index, RecordTable.of(List.of(new RecordTable.Part(numeric.matrix(), Optional.of(index))),
                        Optional.empty()));
            }
            return Misfits.compute(observation, responses, summary);
        });
    }
}
