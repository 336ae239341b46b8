package org.ertstorage.domain.ensemble;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

class EnsembleTest {

    private static final DeclaredNames NAMES = new DeclaredNames(List.of("COEFFS"), List.of("FOPR"));

    private static Ensemble create(int size, List<Integer> active) {
        return Ensemble.create(ExperimentId.random(), size, NAMES, active, Userdata.EMPTY);
    }

    @Test
    void givenNoActiveRealizations_create_activatesAll() {
        assertEquals(List.of(0, 1, 2), create(3, List.of()).activeRealizations().indices());
    }

    @Test
    void givenSizeZeroOrUnknown_create_activatesNone() {
        assertEquals(List.of(), create(0, List.of()).activeRealizations().indices());
        assertEquals(List.of(), create(-1, List.of()).activeRealizations().indices());
    }

    @Test
    void givenActiveRealizations_create_keepsTheirOrder() {
        assertEquals(List.of(3, 1), create(4, List.of(3, 1)).activeRealizations().indices());
    }

    @Test
    void givenIndexBeyondSize_create_throwsWithErtsMessage() {
        var e = assertThrows(ActiveRealizationOutOfRange.class, () -> create(4, List.of(0, 5)));
        assertEquals("Ensemble active realization index 5 out of realization range [0,3]", e.getMessage());
        assertEquals(DomainRuleViolation.Category.OUT_OF_RANGE, e.category());
    }

    @Test
    void givenDuplicateIndex_create_throwsWithErtsMessage() {
        var e = assertThrows(DuplicateActiveRealization.class, () -> create(4, List.of(0, 1, 1)));
        assertEquals("Non unique active realization index list not allowed [0, 1, 1]", e.getMessage());
        assertEquals(DomainRuleViolation.Category.OUT_OF_RANGE, e.category());
    }

    @Test
    void givenNegativeIndex_create_throwsOutOfRange() {
        var e = assertThrows(ActiveRealizationOutOfRange.class, () -> create(2, List.of(-1)));
        assertEquals("Ensemble active realization index -1 out of realization range [0,1]", e.getMessage());
    }

    @Test
    void givenListForSizeWithoutRange_create_throwsOutOfRange() {
        assertThrows(ActiveRealizationOutOfRange.class, () -> create(0, List.of(3, 3)));
        assertThrows(ActiveRealizationOutOfRange.class, () -> create(-1, List.of(0)));
    }

    @Test
    void givenSizeBelowUnknown_create_throwsInvalidSize() {
        var e = assertThrows(InvalidEnsembleSize.class, () -> create(-2, List.of()));
        assertEquals(DomainRuleViolation.Category.UNPROCESSABLE, e.category());
    }

    @Test
    void givenSizeAboveMaximum_create_throwsInvalidSizeBeforeListingRealizations() {
        var e = assertThrows(InvalidEnsembleSize.class, () -> create(Integer.MAX_VALUE, List.of()));
        assertEquals("'size' must be -1 (unknown) or between 0 and 1000000, got 2147483647", e.getMessage());
        assertEquals(Ensemble.MAX_SIZE, create(Ensemble.MAX_SIZE, List.of()).activeRealizations().indices().size());
    }

    @Test
    void givenOverlappingNames_declaredNames_throwsOverlap() {
        var e = assertThrows(ParameterResponseOverlap.class,
                () -> new DeclaredNames(List.of("a", "b"), List.of("b", "c")));
        assertEquals("parameters and responses cannot have a name in common", e.getMessage());
        assertEquals(java.util.Set.of("b"), e.names());
    }

    @Test
    void givenDuplicatesInOneList_declaredNames_keepsThem() {
        assertEquals(List.of("a", "a"), new DeclaredNames(List.of("a", "a"), List.of()).parameterNames());
    }

    @Test
    void givenOpenEnsemble_complete_isCompleteAndRefusesChanges() {
        var open = create(2, List.of());
        assertDoesNotThrow(open::requireOpen);
        var complete = open.complete();
        assertTrue(complete.isComplete());
        var e = assertThrows(EnsembleComplete.class, complete::requireOpen);
        assertEquals("Ensemble '" + open.id() + "' is complete and cannot be modified", e.getMessage());
        assertEquals(DomainRuleViolation.Category.CONFLICT, e.category());
    }

    @Test
    void givenCompleteEnsemble_complete_isIdempotent() {
        var complete = create(2, List.of()).complete();
        assertEquals(complete, complete.complete());
    }
}
