package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordId;

/** What every repository contract shares: the store under test and shortcuts to fill it. */
public abstract class RepositoryContract {

    private final ContractStore store;

    protected RepositoryContract(ContractStore store) {
        this.store = Objects.requireNonNull(store, "'store' must not be null");
    }

    protected <T> T inTransaction(Function<Repositories, T> work) {
        return store.transactions().inTransaction(work);
    }

    protected void run(Consumer<Repositories> work) {
        store.transactions().run(work);
    }

    /** Runs the work and then fails, in one transaction; the caller checks that nothing stayed. */
    protected void runAndFail(Consumer<Repositories> work) {
        var failure = new IllegalStateException("work failed after its changes");
        var thrown = assertThrows(IllegalStateException.class, () -> run(repositories -> {
            work.accept(repositories);
            throw failure;
        }));
        assertSame(failure, thrown, "the work's exception reaches the caller unchanged");
    }

    protected Experiment storedExperiment() {
        var experiment = RepositoryTestData.experiment();
        run(repositories -> repositories.experiments().add(experiment));
        return experiment;
    }

    protected Ensemble storedEnsemble(ExperimentId experiment) {
        var ensemble = RepositoryTestData.ensemble(experiment);
        run(repositories -> repositories.ensembles().add(ensemble));
        return ensemble;
    }

    protected Observation storedObservation(ExperimentId experiment, List<RecordId> records) {
        var observation = RepositoryTestData.observation(experiment, records);
        run(repositories -> repositories.observations().add(observation));
        return observation;
    }

    /** An ensemble-wide numeric record of a name of its own. */
    protected RecordId storedRecord(Ensemble ensemble) {
        var record = RecordTestData.numeric(RecordTestData.numericInfo(ensemble), Optional.empty(), RecordTestData.matrix(0, 1));
        storedNumeric(record);
        return record.record().id();
    }

    /** Claims the info of each record's name and adds the record, each in a transaction of its own. */
    protected void storedNumeric(NumericRecord... records) {
        for (var record : records) {
            run(repositories -> {
                repositories.records().claimInfo(record.record().info());
                repositories.records().addNumeric(record);
            });
        }
    }
}
