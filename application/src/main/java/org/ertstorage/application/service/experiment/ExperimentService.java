package org.ertstorage.application.service.experiment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.experiment.CreateExperimentUseCase;
import org.ertstorage.application.port.in.experiment.DeleteExperimentUseCase;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.application.port.in.experiment.GetExperimentUseCase;
import org.ertstorage.application.port.in.experiment.ListExperimentsUseCase;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.prior.Prior;

/** The experiment use cases: each is a single repository call, so one service holds them. */
public final class ExperimentService
        implements CreateExperimentUseCase, ListExperimentsUseCase, GetExperimentUseCase, DeleteExperimentUseCase {

    private static final System.Logger LOGGER = System.getLogger(ExperimentService.class.getName());

    private final Transactions transactions;
    private final BlobStore blobs;

    public ExperimentService(Transactions transactions, BlobStore blobs) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.blobs = Objects.requireNonNull(blobs, "'blobs' must not be null");
    }

    @Override
    public ExperimentDetails create(String name, Map<String, Prior> priors) {
        var experiment = Experiment.create(name, priors);
        transactions.run(repositories -> repositories.experiments().add(experiment));
        return new ExperimentDetails(experiment, List.of());
    }

    @Override
    public List<ExperimentDetails> list() {
        return transactions.reading(repositories -> {
            var experiments = repositories.experiments().findAll();
            var ensembleIds = repositories.ensembles()
                    .idsByExperiment(experiments.stream().map(Experiment::id).toList());
            return experiments.stream()
                    .map(e -> new ExperimentDetails(e, ensembleIds.getOrDefault(e.id(), List.of())))
                    .toList();
        });
    }

    @Override
    public ExperimentDetails get(ExperimentId id) {
        return transactions.reading(repositories -> {
            var experiment = repositories.experiments().find(id)
                    .orElseThrow(() -> NotFoundException.item("Experiment", id));
            var ensembleIds = repositories.ensembles().idsByExperiment(List.of(id));
            return new ExperimentDetails(experiment, ensembleIds.getOrDefault(id, List.of()));
        });
    }

    @Override
    public void delete(ExperimentId id) {
        var orphans = transactions.inTransaction(repositories -> {
            var blobsOfExperiment = repositories.files().blobsOfExperiment(id);
            if (!repositories.experiments().delete(id)) {
                throw NotFoundException.item("Experiment", id);
            }
            return blobsOfExperiment;
        });
        // Only after the commit: a rolled-back delete must keep its files readable (DEFECTS D-11).
        try {
            blobs.delete(orphans);
        } catch (RuntimeException e) {
            LOGGER.log(System.Logger.Level.WARNING, "Blobs of deleted experiment " + id + " not deleted", e);
        }
    }

}
