package org.ertstorage.application.service.observation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.observation.CreateObservationCommand;
import org.ertstorage.application.port.in.observation.CreateObservationUseCase;
import org.ertstorage.application.port.in.observation.ListObservationsUseCase;
import org.ertstorage.application.port.in.observation.ObservationDetails;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.update.ObservationTransformation;
import org.ertstorage.domain.update.Update;

/** The observation use cases. */
public final class ObservationService implements CreateObservationUseCase, ListObservationsUseCase {

    private final Transactions transactions;

    public ObservationService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public Observation create(CreateObservationCommand command) {
        return transactions.inTransaction(repositories -> {
            repositories.experiments().find(command.experimentId()).orElseThrow(() -> NotFoundException.item("Experiment", command.experimentId()));
            var missing = new HashSet<>(command.records());
            missing.removeAll(repositories.records().existing(command.records()));
            if (!missing.isEmpty()) {
                throw NotFoundException.item("Record", missing.iterator().next());
            }
            var observation = Observation.create(command.experimentId(), command.name(), command.xAxis(),
                    command.values(), command.errors(), command.records());
            repositories.observations().add(observation);
            return observation;
        });
    }

    @Override
    public List<Observation> ofExperiment(ExperimentId experimentId) {
        return transactions.inTransaction(repositories -> {
            repositories.experiments().find(experimentId).orElseThrow(() -> NotFoundException.item("Experiment", experimentId));
            return repositories.observations().findByExperiment(experimentId);
        });
    }

    @Override
    public List<ObservationDetails> ofEnsemble(EnsembleId ensembleId) {
        return transactions.inTransaction(repositories -> {
            var ensemble = repositories.ensembles().find(ensembleId).orElseThrow(() -> NotFoundException.item("Ensemble", ensembleId));
            var producer = repositories.updates().findByResult(ensembleId);
            return repositories.observations().findByExperiment(ensemble.experimentId()).stream()
                    .map(o -> new ObservationDetails(o, producer.flatMap(u -> transformationOf(u, o))))
                    .toList();
        });
    }

    @Override
    public Observation get(ObservationId id) {
        return transactions.inTransaction(repositories -> repositories.observations().find(id)
                .orElseThrow(() -> NotFoundException.item("Observation", id)));
    }

    private static Optional<ObservationTransformation> transformationOf(Update update, Observation observation) {
        return update.transformations().stream()
                .filter(t -> t.observationId().equals(observation.id()))
                .findFirst();
    }
}
