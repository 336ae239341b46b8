package org.ertstorage.application.service.ensemble;

import java.util.List;
import java.util.Objects;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.ensemble.CompleteEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;
import org.ertstorage.application.port.in.ensemble.GetEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.ListEnsemblesUseCase;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.update.UpdateAlreadyHasResult;

/** The ensemble use cases. */
public final class EnsembleService
        implements CreateEnsembleUseCase, GetEnsembleUseCase, ListEnsemblesUseCase, CompleteEnsembleUseCase {

    private final Transactions transactions;

    public EnsembleService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public EnsembleDetails create(CreateEnsembleCommand command) {
        return transactions.inTransaction(repositories -> {
            repositories.experiments().find(command.experimentId()).orElseThrow(() -> NotFoundException.item("Experiment", command.experimentId()));
            var ensemble = Ensemble.create(command.experimentId(), command.size(), command.names(),
                    command.activeRealizations(), command.userdata());
            var update = command.updateId().map(updateId -> repositories.updates().find(updateId)
                    .orElseThrow(() -> NotFoundException.item("Update", updateId))
                    .withResult(ensemble.id()));
            repositories.ensembles().add(ensemble);
            var lineage = Lineage.NONE;
            if (update.isPresent()) {
                // The store re-checks, so that of two racing ensembles only one becomes the result.
                if (!repositories.updates().linkResult(update.get().id(), ensemble.id())) {
                    throw new UpdateAlreadyHasResult(update.get().id());
                }
                lineage = new Lineage(java.util.Optional.of(update.get().reference()), List.of());
            }
            return new EnsembleDetails(ensemble, lineage);
        });
    }

    @Override
    public EnsembleDetails get(EnsembleId id) {
        return transactions.reading(repositories -> details(repositories, require(repositories, id)));
    }

    @Override
    public List<EnsembleDetails> ofExperiment(ExperimentId experimentId) {
        return transactions.reading(repositories -> {
            repositories.experiments().find(experimentId).orElseThrow(() -> NotFoundException.item("Experiment", experimentId));
            var ensembles = repositories.ensembles().findByExperiment(experimentId);
            var lineages = repositories.updates().lineages(ensembles.stream().map(Ensemble::id).toList());
            return ensembles.stream()
                    .map(e -> new EnsembleDetails(e, lineages.getOrDefault(e.id(), Lineage.NONE)))
                    .toList();
        });
    }

    @Override
    public EnsembleDetails complete(EnsembleId id) {
        return transactions.inTransaction(repositories -> {
            var completed = require(repositories, id).complete();
            repositories.ensembles().updateState(id, EnsembleState.COMPLETE);
            return details(repositories, completed);
        });
    }

    private static Ensemble require(Repositories repositories, EnsembleId id) {
        return repositories.ensembles().find(id).orElseThrow(() -> NotFoundException.item("Ensemble", id));
    }

    private static EnsembleDetails details(Repositories repositories, Ensemble ensemble) {
        var lineage = repositories.updates().lineages(List.of(ensemble.id())).getOrDefault(ensemble.id(), Lineage.NONE);
        return new EnsembleDetails(ensemble, lineage);
    }
}
