package org.ertstorage.application.service.browse;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.in.browse.BrowseEnsemblesUseCase;
import org.ertstorage.application.port.in.browse.BrowseExperimentsUseCase;
import org.ertstorage.application.port.in.browse.BrowseRecordsUseCase;
import org.ertstorage.application.port.in.browse.BrowseTimestampsUseCase;
import org.ertstorage.application.port.in.browse.BrowseUpdatesUseCase;
import org.ertstorage.application.port.in.browse.EnsembleUpdates;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.Timestamps;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.EnsembleRecord;

/**
 * Answers each batch in one transaction with the repositories' collection reads, so a batch costs
 * a fixed number of statements however many ids it holds.
 */
public final class BrowseService implements BrowseExperimentsUseCase, BrowseEnsemblesUseCase, BrowseRecordsUseCase,
        BrowseUpdatesUseCase, BrowseTimestampsUseCase {

    private final Transactions transactions;

    public BrowseService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Map<ExperimentId, ExperimentDetails> experiments(Collection<ExperimentId> ids) {
        return transactions.reading(repositories -> {
            var ensembleIds = repositories.ensembles().idsByExperiment(ids);
            var found = new LinkedHashMap<ExperimentId, ExperimentDetails>();
            repositories.experiments().findByIds(ids).forEach(experiment -> found.put(experiment.id(),
                    new ExperimentDetails(experiment, ensembleIds.getOrDefault(experiment.id(), List.of()))));
            return found;
        });
    }

    @Override
    public Map<EnsembleId, EnsembleDetails> ensembles(Collection<EnsembleId> ids) {
        return transactions.reading(repositories -> {
            var lineages = repositories.updates().lineages(ids);
            var found = new LinkedHashMap<EnsembleId, EnsembleDetails>();
            repositories.ensembles().findByIds(ids).forEach(ensemble -> found.put(ensemble.id(),
                    new EnsembleDetails(ensemble, lineages.getOrDefault(ensemble.id(), Lineage.NONE))));
            return found;
        });
    }

    @Override
    public Map<EnsembleId, List<EnsembleRecord>> records(Collection<EnsembleId> ensembleIds) {
        return transactions.reading(repositories -> repositories.records().ofEnsembles(ensembleIds));
    }

    @Override
    public Map<EnsembleId, EnsembleUpdates> updates(Collection<EnsembleId> ensembleIds) {
        return transactions.reading(repositories -> {
            var touching = repositories.updates().touching(ensembleIds);
            var found = new LinkedHashMap<EnsembleId, EnsembleUpdates>();
            for (EnsembleId id : ensembleIds) {
                var parent = touching.stream().filter(update -> update.result().equals(Optional.of(id))).findFirst();
                var children = touching.stream().filter(update -> update.reference().equals(id)).toList();
                found.put(id, new EnsembleUpdates(parent, children));
            }
            return found;
        });
    }

    @Override
    public Map<UUID, Timestamps> timestamps(Timestamps.Of kind, Collection<UUID> ids) {
        return transactions.reading(repositories -> repositories.timestamps().of(kind, ids));
    }
}
