package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.RealizationNotAllowed;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

class RecordInfoTest {

    private final Ensemble ensemble = Ensemble.create(ExperimentId.random(), 5,
            new DeclaredNames(List.of("COEFFS"), List.of("FOPR")), List.of(), Userdata.EMPTY);

    @Test
    void givenDeclaredNames_matrixUpload_derivesTheClass() {
        assertEquals(RecordClass.PARAMETER, RecordInfo.of(ensemble, "COEFFS", RecordType.F64_MATRIX, Optional.empty()).recordClass());
        assertEquals(RecordClass.RESPONSE, RecordInfo.of(ensemble, "FOPR", RecordType.F64_MATRIX, Optional.empty()).recordClass());
        assertEquals(RecordClass.OTHER, RecordInfo.of(ensemble, "notes", RecordType.F64_MATRIX, Optional.empty()).recordClass());
    }

    @Test
    void givenUndeclaredName_fileUpload_isOther() {
        assertEquals(RecordClass.OTHER, RecordInfo.of(ensemble, "log", RecordType.FILE, Optional.empty()).recordClass());
    }

    @Test
    void givenParameterOrResponseName_fileUpload_throwsConflict() {
        var e = assertThrows(BlobUnderNumericName.class, () -> RecordInfo.of(ensemble, "FOPR", RecordType.FILE, Optional.empty()));
        assertEquals("Record 'FOPR' is a response of ensemble '" + ensemble.id() + "' and must be numeric", e.getMessage());
        assertEquals(DomainRuleViolation.Category.CONFLICT, e.category());
        assertThrows(BlobUnderNumericName.class, () -> RecordInfo.of(ensemble, "COEFFS", RecordType.FILE, Optional.empty()));
    }

    @Test
    void givenPriorOnResponse_matrixUpload_throwsUnprocessable() {
        var e = assertThrows(PriorOnNonParameter.class,
                () -> RecordInfo.of(ensemble, "FOPR", RecordType.F64_MATRIX, Optional.of("COEFFS")));
        assertEquals("Priors can only be specified for parameter records", e.getMessage());
        assertEquals(DomainRuleViolation.Category.UNPROCESSABLE, e.category());
    }

    @Test
    void givenDifferentClassAndType_admit_reportsClassFirstWithErtsContext() {
        var existing = new RecordInfo(ensemble.id(), "x", RecordType.FILE, RecordClass.RESPONSE, Optional.empty());
        var upload = new RecordInfo(ensemble.id(), "x", RecordType.F64_MATRIX, RecordClass.OTHER, Optional.empty());
        var e = assertThrows(RecordClassMismatch.class, () -> existing.admit(upload));
        assertEquals("Record class of new record does not match previous record class", e.getMessage());
        assertEquals(Map.of("new_record_class", "other", "old_record_class", "response"), e.context());
        assertEquals(List.of("new_record_class", "old_record_class"), List.copyOf(e.context().keySet()));
    }

    @Test
    void givenDifferentType_admit_reportsType() {
        var existing = RecordInfo.of(ensemble, "fm", RecordType.FILE, Optional.empty());
        var upload = RecordInfo.of(ensemble, "fm", RecordType.F64_MATRIX, Optional.empty());
        var e = assertThrows(RecordTypeMismatch.class, () -> existing.admit(upload));
        assertEquals(Map.of("new_record_type", "f64_matrix", "old_record_type", "file"), e.context());
    }

    @Test
    void givenSameStructureAndAnotherPrior_admit_accepts() {
        var existing = RecordInfo.of(ensemble, "COEFFS", RecordType.F64_MATRIX, Optional.of("a"));
        assertDoesNotThrow(() -> existing.admit(RecordInfo.of(ensemble, "COEFFS", RecordType.F64_MATRIX, Optional.empty())));
    }

    @Test
    void givenTakenPlaces_requireFree_throwsConflict() {
        var wide = new RecordSlots(ensemble.id(), "x", true, Set.of());
        var e = assertThrows(RecordAlreadyExists.class, () -> wide.requireFree(Optional.of(2)));
        assertEquals("Ensemble-wide record 'x' for ensemble '" + ensemble.id() + "' already exists", e.getMessage());
        var perRealization = new RecordSlots(ensemble.id(), "x", false, Set.of(1, 2));
        assertThrows(RecordAlreadyExists.class, () -> perRealization.requireFree(Optional.of(2)));
        assertDoesNotThrow(() -> perRealization.requireFree(Optional.of(3)));
    }

    @Test
    void givenForwardModelRecords_ensembleWideUpload_throwsConflict() {
        var slots = new RecordSlots(ensemble.id(), "x", false, Set.of(0));
        var e = assertThrows(RecordAlreadyExists.class, () -> slots.requireFree(Optional.empty()));
        assertEquals("Record 'x' already has forward-model records in ensemble '" + ensemble.id() + "'", e.getMessage());
        assertDoesNotThrow(() -> RecordSlots.empty(ensemble.id(), "x").requireFree(Optional.empty()));
    }

    @Test
    void givenInactiveRealization_requireAllowedRealization_throwsWithErtsMessage() {
        var e = assertThrows(RealizationNotAllowed.class, () -> ensemble.requireAllowedRealization(5));
        assertEquals("Realization index 5 outside of allowed realization indices [0, 1, 2, 3, 4]", e.getMessage());
        assertEquals(DomainRuleViolation.Category.OUT_OF_RANGE, e.category());
        assertDoesNotThrow(() -> ensemble.requireAllowedRealization(4));
    }

    @Test
    void givenSizeZero_requireAllowedRealization_refusesEveryIndex() {
        var empty = Ensemble.create(ExperimentId.random(), 0, new DeclaredNames(List.of(), List.of()), List.of(), Userdata.EMPTY);
        var e = assertThrows(RealizationNotAllowed.class, () -> empty.requireAllowedRealization(0));
        assertEquals("Realization index 0 outside of allowed realization indices []", e.getMessage());
    }

    @Test
    void givenUnknownSize_requireAllowedRealization_takesAnyIndexButNegative() {
        var workspace = Ensemble.create(ExperimentId.random(), -1, new DeclaredNames(List.of(), List.of()), List.of(), Userdata.EMPTY);
        assertDoesNotThrow(() -> workspace.requireAllowedRealization(1000));
        assertThrows(RealizationNotAllowed.class, () -> workspace.requireAllowedRealization(-1));
    }
}
