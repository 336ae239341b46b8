package org.ertstorage.domain.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.junit.jupiter.api.Test;

class UpdateTest {

    private final ExperimentId experiment = ExperimentId.random();
    private final Ensemble reference = Ensemble.create(experiment, 2, new DeclaredNames(List.of(), List.of()), List.of(), Userdata.EMPTY);
    private final Observation observation = Observation.create(experiment, "OBS", List.of("a", "b"),
            List.of(1.0, 2.0), List.of(0.1, 0.2), List.of());

    private Update create(TransformationSpec spec, Observation... known) {
        var byId = new java.util.HashMap<org.ertstorage.domain.observation.ObservationId, Observation>();
        for (Observation o : known) {
            byId.put(o.id(), o);
        }
        return Update.create("es", reference, List.of(spec), byId);
    }

    @Test
    void givenMatchingTransformation_create_pairsItWithTheObservation() {
        var update = create(new TransformationSpec("OBS", List.of(true, false), List.of(1.0, 0.5), observation.id()), observation);
        assertEquals(reference.id(), update.reference());
        assertEquals(Optional.empty(), update.result());
        assertEquals(observation.id(), update.transformations().get(0).observationId());
    }

    @Test
    void givenRenamedTransformation_create_throwsUnprocessable() {
        var e = assertThrows(InvalidTransformation.class,
                () -> create(new TransformationSpec("OTHER", List.of(true, true), List.of(1.0, 1.0), observation.id()), observation));
        assertEquals(DomainRuleViolation.Category.UNPROCESSABLE, e.category());
        assertTrue(e.getMessage().contains("'OTHER'"), e.getMessage());
    }

    @Test
    void givenUnknownObservation_create_throwsUnprocessable() {
        assertThrows(InvalidTransformation.class,
                () -> create(new TransformationSpec("OBS", List.of(true, true), List.of(1.0, 1.0), observation.id())));
    }

    @Test
    void givenObservationOfAnotherExperiment_create_throwsUnprocessable() {
        var foreign = Observation.create(ExperimentId.random(), "OBS", List.of("a", "b"), List.of(1.0, 2.0),
                List.of(0.1, 0.2), List.of());
        assertThrows(InvalidTransformation.class,
                () -> create(new TransformationSpec("OBS", List.of(true, true), List.of(1.0, 1.0), foreign.id()), foreign));
    }

    @Test
    void givenWrongNumberOfScales_create_throwsUnprocessable() {
        assertThrows(InvalidTransformation.class,
                () -> create(new TransformationSpec("OBS", List.of(true, true), List.of(1.0), observation.id()), observation));
    }

    @Test
    void givenUpdateWithResult_withResult_throwsConflict() {
        var update = Update.create("es", reference, List.of(), Map.of()).withResult(EnsembleId.random());
        var e = assertThrows(UpdateAlreadyHasResult.class, () -> update.withResult(EnsembleId.random()));
        assertEquals(DomainRuleViolation.Category.CONFLICT, e.category());
        assertEquals("Update '" + update.id() + "' already has a result ensemble", e.getMessage());
    }
}
