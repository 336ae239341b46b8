package org.ertstorage.application.port.out;

import static org.ertstorage.application.port.out.RepositoryTestData.userdata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.observation.ObservationNameTaken;
import org.junit.jupiter.api.Test;

/** What every {@link ObservationRepository} must do, whatever stores it. */
public abstract class ObservationRepositoryContract extends RepositoryContract {

    protected ObservationRepositoryContract(ContractStore store) {
        super(store);
    }

    @Test
    void givenAddedObservation_find_returnsExactFloatsAndRecordsInTheirOrder() {
        var experiment = storedExperiment().id();
        var ensemble = storedEnsemble(experiment);
        var first = storedRecord(ensemble);
        var second = storedRecord(ensemble);
        var third = storedRecord(ensemble);
        var observation = storedObservation(experiment, List.of(third, first, second));

        var found = inTransaction(r -> r.observations().find(observation.id())).orElseThrow();

        assertEquals(observation, found);
        assertEquals(RepositoryTestData.AWKWARD_DOUBLES, found.values());
        assertEquals(List.of(third, first, second), found.records());
    }

    @Test
    void givenUnknownId_find_isEmpty() {
        assertEquals(Optional.empty(), inTransaction(r -> r.observations().find(ObservationId.random())));
    }

    @Test
    void givenTakenNameInTheExperiment_add_throwsObservationNameTakenAndStoresNothing() {
        var experiment = storedExperiment().id();
        var taken = storedObservation(experiment, List.of());
        var twin = Observation.create(experiment, taken.name(), List.of("0"), List.of(1.0), List.of(0.1), List.of());

        assertThrows(ObservationNameTaken.class, () -> run(r -> r.observations().add(twin)));

        assertEquals(List.of(taken), inTransaction(r -> r.observations().findByExperiment(experiment)));
    }

    @Test
    void givenNameTakenInAnotherExperiment_add_storesIt() {
        var taken = storedObservation(storedExperiment().id(), List.of());
        var experiment = storedExperiment().id();
        var twin = Observation.create(experiment, taken.name(), List.of("0"), List.of(1.0), List.of(0.1), List.of());

        run(r -> r.observations().add(twin));

        assertEquals(List.of(twin), inTransaction(r -> r.observations().findByExperiment(experiment)));
    }

    @Test
    void givenObservationsOfTwoExperiments_findByExperiment_listsOnlyThatExperimentsInCreationOrder() {
        var experiment = storedExperiment().id();
        var first = storedObservation(experiment, List.of());
        storedObservation(storedExperiment().id(), List.of());
        var second = storedObservation(experiment, List.of());

        assertEquals(List.of(first, second), inTransaction(r -> r.observations().findByExperiment(experiment)));
    }

    @Test
    void givenKnownUnknownAndRepeatedIds_findByIds_returnsEachKnownOnce() {
        var experiment = storedExperiment().id();
        var first = storedObservation(experiment, List.of());
        var second = storedObservation(experiment, List.of());

        var found = inTransaction(r -> r.observations().findByIds(
                List.of(second.id(), ObservationId.random(), first.id(), second.id())));

        var byName = Comparator.comparing(Observation::name);
        assertEquals(List.of(first, second).stream().sorted(byName).toList(), found.stream().sorted(byName).toList());
    }

    @Test
    void givenNoIds_findByIds_isEmpty() {
        assertEquals(List.of(), inTransaction(r -> r.observations().findByIds(List.of())));
    }

    @Test
    void givenMergedUserdata_find_returnsTheMergedUserdata() {
        var observation = storedObservation(storedExperiment().id(), List.of());
        var owner = new UserdataOwner(UserdataOwner.Kind.OBSERVATION, observation.id().value());

        run(r -> r.userdata().merge(owner, userdata("unit", "\"m³\"")));

        var found = inTransaction(r -> r.observations().find(observation.id())).orElseThrow();
        assertEquals(userdata("unit", "\"m³\""), found.userdata());
    }

    @Test
    void givenFailingWork_add_storesNothing() {
        var experiment = storedExperiment().id();
        var observation = RepositoryTestData.observation(experiment, List.of());

        runAndFail(r -> r.observations().add(observation));

        assertEquals(Optional.empty(), inTransaction(r -> r.observations().find(observation.id())));
    }

    @Test
    void givenDeletedExperiment_find_isEmpty() {
        var experiment = storedExperiment().id();
        var observation = storedObservation(experiment, List.of(storedRecord(storedEnsemble(experiment))));

        run(r -> r.experiments().delete(experiment));

        run(r -> {
            assertEquals(Optional.empty(), r.observations().find(observation.id()));
            assertEquals(List.of(), r.observations().findByExperiment(experiment));
        });
    }
}
