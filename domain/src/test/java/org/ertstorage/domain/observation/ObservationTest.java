package org.ertstorage.domain.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

class ObservationTest {

    @Test
    void givenMatchingLengths_create_keepsPointsIncludingNaN() {
        var observation = Observation.create(ExperimentId.random(), "FOPR", List.of("0", "1"),
                List.of(Double.NaN, 2.0), List.of(0.1, 0.2), List.of());
        assertEquals(2, observation.size());
        assertEquals(Double.NaN, observation.values().get(0));
    }

    @Test
    void givenMismatchedLengths_create_throwsUnprocessable() {
        var e = assertThrows(ObservationLengthMismatch.class, () -> Observation.create(ExperimentId.random(), "FOPR",
                List.of("0", "1", "2"), List.of(1.0, 2.0), List.of(0.1, 0.2), List.of()));
        assertEquals(DomainRuleViolation.Category.UNPROCESSABLE, e.category());
    }
}
