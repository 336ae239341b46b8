package org.ertstorage.application.port.out;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

/** What every {@link EnsembleRepository} must do, whatever stores it. */
public abstract class EnsembleRepositoryContract extends RepositoryContract {

    protected EnsembleRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenAddedEnsemble_find_returnsItWithListsInTheirOrder() {
        var ensemble = storedEnsemble(storedExperiment().id());

        assertEquals(Optional.of(ensemble), inTransaction(r -> r.ensembles().find(ensemble.id())));
    }

    @Test
    void givenEnsembleOfUnknownSize_find_returnsItWithoutActiveRealizations() {
        var ensemble = Ensemble.create(storedExperiment().id(), Ensemble.UNKNOWN_SIZE,
                new DeclaredNames(List.of(), List.of()), List.of(), Userdata.EMPTY);
        run(r -> r.ensembles().add(ensemble));

        assertEquals(Optional.of(ensemble), inTransaction(r -> r.ensembles().find(ensemble.id())));
    }

    @Test
    void givenUnknownId_find_isEmpty() {
        assertEquals(Optional.empty(), inTransaction(r -> r.ensembles().find(EnsembleId.random())));
    }

    @Test
    void givenEnsemblesOfTwoExperiments_findByExperiment_listsOnlyThatExperimentsInCreationOrder() {
        var experiment = storedExperiment().id();
        var other = storedExperiment().id();
        var first = storedEnsemble(experiment);
        storedEnsemble(other);
        var second = storedEnsemble(experiment);

        assertEquals(List.of(first, second), inTransaction(r -> r.ensembles().findByExperiment(experiment)));
    }

    @Test
    void givenExperiments_idsByExperiment_mapsEachGivenExperimentToItsEnsembleIdsInCreationOrder() {
        var experiment = storedExperiment().id();
        var empty = storedExperiment().id();
        var unknown = ExperimentId.random();
        var first = storedEnsemble(experiment);
        var second = storedEnsemble(experiment);

        var ids = inTransaction(r -> r.ensembles().idsByExperiment(List.of(empty, experiment, unknown)));

        assertEquals(Map.of(experiment, List.of(first.id(), second.id()), empty, List.of(), unknown, List.of()), ids);
        assertEquals(List.of(empty, experiment, unknown), List.copyOf(ids.keySet()));
    }

    @Test
    void givenNoExperiments_idsByExperiment_isEmpty() {
        assertEquals(Map.of(), inTransaction(r -> r.ensembles().idsByExperiment(List.of())));
    }

    @Test
    void givenOpenEnsemble_updateStateToComplete_changesOnlyTheState() {
        var ensemble = storedEnsemble(storedExperiment().id());

        run(r -> r.ensembles().updateState(ensemble.id(), EnsembleState.COMPLETE));

        assertEquals(Optional.of(ensemble.complete()), inTransaction(r -> r.ensembles().find(ensemble.id())));
    }

    @Test
    void givenMergedUserdata_find_returnsTheMergedUserdata() {
        var ensemble = storedEnsemble(storedExperiment().id());
        var owner = new UserdataOwner(UserdataOwner.Kind.ENSEMBLE, ensemble.id().value());

        run(r -> r.userdata().merge(owner, userdata("origin", "null", "x", "-0.0")));

        var found = inTransaction(r -> r.ensembles().find(ensemble.id())).orElseThrow();
        assertEquals(userdata("origin", "null", "x", "-0.0"), found.userdata());
    }

    @Test
    void givenFailingWork_addAndUpdateState_storeNothing() {
        var experiment = storedExperiment().id();
        var kept = storedEnsemble(experiment);
        var ensemble = RepositoryTestData.ensemble(experiment);

        runAndFail(r -> {
            r.ensembles().add(ensemble);
            r.ensembles().updateState(kept.id(), EnsembleState.COMPLETE);
        });

        assertEquals(List.of(kept), inTransaction(r -> r.ensembles().findByExperiment(experiment)));
    }

    @Test
    void givenDeletedExperiment_find_isEmptyAndOtherExperimentsKeepTheirs() {
        var deleted = storedExperiment().id();
        var kept = storedExperiment().id();
        var gone = storedEnsemble(deleted);
        var stays = storedEnsemble(kept);

        run(r -> r.experiments().delete(deleted));

        run(r -> {
            assertEquals(Optional.empty(), r.ensembles().find(gone.id()));
            assertEquals(List.of(), r.ensembles().findByExperiment(deleted));
            assertEquals(List.of(stays), r.ensembles().findByExperiment(kept));
        });
    }

    @Test
    void givenEnsembles_findByIds_returnsTheKnownOnesInCreationOrder() {
        var experiment = storedExperiment().id();
        var first = storedEnsemble(experiment);
        storedEnsemble(experiment);
        var third = storedEnsemble(experiment);

        assertEquals(List.of(first, third),
                inTransaction(r -> r.ensembles().findByIds(List.of(third.id(), EnsembleId.random(), first.id()))));
        assertEquals(List.of(), inTransaction(r -> r.ensembles().findByIds(List.of())));
    }
}
