package org.ertstorage.application.service.browse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ertstorage.application.port.in.browse.BrowseEnsemblesUseCase;
import org.ertstorage.application.port.in.browse.BrowseExperimentsUseCase;
import org.ertstorage.application.port.in.browse.BrowseRecordsUseCase;
import org.ertstorage.application.port.in.browse.BrowseUpdatesUseCase;
import org.ertstorage.application.port.in.browse.EnsembleUpdates;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.update.Update;

/**
 * Answers each batch in one transaction. Lineages and ensemble ids come from the repositories'
 * collection reads; entities are still read one by one, so a batch costs one statement per id.
 */
public final class BrowseService implements BrowseExperimentsUseCase, BrowseEnsemblesUseCase, BrowseRecordsUseCase,
        BrowseUpdatesUseCase {

    private final Transactions transactions;

    public BrowseService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Map<ExperimentId, ExperimentDetails> experiments(Collection<ExperimentId> ids) {
        return transactions.inTransaction(repositories -> {
            var ensembleIds = repositories.ensembles().idsByExperiment(ids);
            var found = new LinkedHashMap<ExperimentId, ExperimentDetails>();
            for (ExperimentId id : ids) {
                repositories.experiments().find(id).ifPresent(experiment -> found.put(id,
                        new ExperimentDetails(experiment, ensembleIds.getOrDefault(id, List.of()))));
            }
            return found;
        });
    }

    @Override
    public Map<EnsembleId, EnsembleDetails> ensembles(Collection<EnsembleId> ids) {
        return transactions.inTransaction(repositories -> {
            var lineages = repositories.updates().lineages(ids);
            var found = new LinkedHashMap<EnsembleId, EnsembleDetails>();
            for (EnsembleId id : ids) {
                repositories.ensembles().find(id).ifPresent(ensemble -> found.put(id,
                        new EnsembleDetails(ensemble, lineages.getOrDefault(id, Lineage.NONE))));
            }
            return found;
        });
    }

    @Override
    public Map<EnsembleId, List<EnsembleRecord>> records(Collection<EnsembleId> ensembleIds) {
        return transactions.inTransaction(repositories -> {
            var found = new LinkedHashMap<EnsembleId, List<EnsembleRecord>>();
            for (EnsembleId id : ensembleIds) {
                found.put(id, repositories.records().ofEnsemble(id));
            }
            return found;
        });
    }

    /** Child updates are found through the ensembles they produced, so an update without a result is not listed. */
    @Override
    public Map<EnsembleId, EnsembleUpdates> updates(Collection<EnsembleId> ensembleIds) {
        return transactions.inTransaction(repositories -> {
            var updates = repositories.updates();
            var lineages = updates.lineages(ensembleIds);
            var found = new LinkedHashMap<EnsembleId, EnsembleUpdates>();
            for (EnsembleId id : ensembleIds) {
                var children = new ArrayList<Update>();
                lineages.getOrDefault(id, Lineage.NONE).children()
                        .forEach(child -> updates.findByResult(child).ifPresent(children::add));
                found.put(id, new EnsembleUpdates(updates.findByResult(id), children));
            }
            return found;
        });
    }
}
