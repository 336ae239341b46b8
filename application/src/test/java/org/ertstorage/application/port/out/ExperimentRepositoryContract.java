package org.ertstorage.application.port.out;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.junit.jupiter.api.Test;

/** What every {@link ExperimentRepository} must do, whatever stores it. */
public abstract class ExperimentRepositoryContract extends RepositoryContract {

    protected ExperimentRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenAddedExperiment_find_returnsItWithPriorsInOrderAndExactFloats() {
        var experiment = storedExperiment();

        var found = inTransaction(r -> r.experiments().find(experiment.id())).orElseThrow();

        assertEquals(experiment, found);
        assertEquals(List.copyOf(experiment.priors().keySet()), List.copyOf(found.priors().keySet()));
    }

    @Test
    void givenUnknownId_find_isEmpty() {
        assertEquals(Optional.empty(), inTransaction(r -> r.experiments().find(ExperimentId.random())));
    }

    @Test
    void givenSeveralExperiments_findAll_listsThemInCreationOrder() {
        var first = storedExperiment();
        var second = storedExperiment();
        var third = storedExperiment();
        var ours = Set.of(first.id(), second.id(), third.id());

        var found = inTransaction(r -> r.experiments().findAll()).stream().filter(e -> ours.contains(e.id())).toList();

        assertEquals(List.of(first, second, third), found);
    }

    @Test
    void givenMergedUserdata_find_returnsTheMergedUserdata() {
        var experiment = storedExperiment();
        var owner = new UserdataOwner(UserdataOwner.Kind.EXPERIMENT, experiment.id().value());
        run(r -> r.userdata().merge(owner, userdata("a", "1")));
        run(r -> r.userdata().merge(owner, userdata("b", "[2.50]")));

        var found = inTransaction(r -> r.experiments().find(experiment.id())).orElseThrow();

        assertEquals(userdata("a", "1", "b", "[2.50]"), found.userdata());
    }

    @Test
    void givenFailingWork_add_storesNothing() {
        var experiment = RepositoryTestData.experiment();

        runAndFail(r -> r.experiments().add(experiment));

        assertEquals(Optional.empty(), inTransaction(r -> r.experiments().find(experiment.id())));
    }

    @Test
    void givenExperimentWithEverything_delete_removesAllUnderItInOneGo() {
        var experiment = storedExperiment();
        var reference = storedEnsemble(experiment.id());
        var result = storedEnsemble(experiment.id());
        var record = storedRecord(reference);
        var observation = storedObservation(experiment.id(), List.of(record));
        var update = RepositoryTestData.update(reference, observation).withResult(result.id());
        run(r -> r.updates().add(update));

        assertEquals(true, inTransaction(r -> r.experiments().delete(experiment.id())));

        run(r -> {
            assertEquals(Optional.empty(), r.experiments().find(experiment.id()));
            assertEquals(Optional.empty(), r.ensembles().find(reference.id()));
            assertEquals(Optional.empty(), r.ensembles().find(result.id()));
            assertEquals(Optional.empty(), r.observations().find(observation.id()));
            assertEquals(Optional.empty(), r.updates().find(update.id()));
            assertEquals(Set.of(), r.records().existing(List.of(record)));
            assertEquals(Optional.empty(), r.userdata().find(new UserdataOwner(UserdataOwner.Kind.RECORD, record.value())));
        });
    }

    @Test
    void givenUpdateToAnotherExperiment_deleteEitherSide_removesTheUpdate() {
        var kept = storedExperiment();
        var deleted = storedExperiment();
        var keptEnsemble = storedEnsemble(kept.id());
        var deletedEnsemble = storedEnsemble(deleted.id());
        var outgoing = RepositoryTestData.update(keptEnsemble).withResult(deletedEnsemble.id());
        var incoming = RepositoryTestData.update(deletedEnsemble);
        var child = storedEnsemble(kept.id());
        run(r -> {
            r.updates().add(outgoing);
            r.updates().add(incoming);
            r.updates().linkResult(incoming.id(), child.id());
        });

        run(r -> r.experiments().delete(deleted.id()));

        run(r -> {
            assertEquals(Optional.empty(), r.updates().find(outgoing.id()));
            assertEquals(Optional.empty(), r.updates().find(incoming.id()));
            assertEquals(Lineage.NONE, r.updates().lineages(List.of(keptEnsemble.id())).get(keptEnsemble.id()));
            assertEquals(Lineage.NONE, r.updates().lineages(List.of(child.id())).get(child.id()));
            assertEquals(List.of(keptEnsemble, child), r.ensembles().findByExperiment(kept.id()));
        });
    }

    @Test
    void givenObservationLinkedToRecordOfAnotherExperiment_delete_dropsOnlyTheLink() {
        var kept = storedExperiment();
        var deleted = storedExperiment();
        var keptRecord = storedRecord(storedEnsemble(kept.id()));
        var deletedRecord = storedRecord(storedEnsemble(deleted.id()));
        var observation = storedObservation(kept.id(), List.of(deletedRecord, keptRecord));

        run(r -> r.experiments().delete(deleted.id()));

        Observation found = inTransaction(r -> r.observations().find(observation.id())).orElseThrow();
        assertEquals(List.of(keptRecord), found.records());
    }

    @Test
    void givenFailingWork_delete_keepsEverything() {
        var experiment = storedExperiment();
        var ensemble = storedEnsemble(experiment.id());

        runAndFail(r -> r.experiments().delete(experiment.id()));

        assertEquals(Optional.of(experiment), inTransaction(r -> r.experiments().find(experiment.id())));
        assertEquals(Optional.of(ensemble), inTransaction(r -> r.ensembles().find(ensemble.id())));
    }

    @Test
    void givenUnknownId_delete_returnsFalse() {
        assertEquals(false, inTransaction(r -> r.experiments().delete(ExperimentId.random())));
    }

    @Test
    void givenExperimentWithoutName_add_keepsTheEmptyName() {
        var experiment = Experiment.create(null, java.util.Map.of());
        run(r -> r.experiments().add(experiment));

        assertEquals("", inTransaction(r -> r.experiments().find(experiment.id())).orElseThrow().name());
    }

    @Test
    void givenExperiments_findByIds_returnsTheKnownOnesWithPriorsInCreationOrder() {
        var first = storedExperiment();
        storedExperiment();
        var third = storedExperiment();

        assertEquals(List.of(first, third), inTransaction(r -> r.experiments()
                .findByIds(List.of(third.id(), ExperimentId.random(), first.id()))));
        assertEquals(List.of(), inTransaction(r -> r.experiments().findByIds(List.of())));
    }
}
