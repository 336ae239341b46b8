package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.experiment.ExperimentId;
import org.junit.jupiter.api.Test;

class NumericRecordTest {

    private final Ensemble ensemble = Ensemble.create(ExperimentId.random(), 5,
            new DeclaredNames(List.of("COEFFS"), List.of("FOPR")), List.of(), Userdata.EMPTY);
    private final RecordInfo parameter = RecordInfo.of(ensemble, "COEFFS", RecordType.F64_MATRIX, Optional.empty());

    @Test
    void givenOneDimensionalHead_recordOfEnsembleWideParameter_throwsBeforeAnyValueIsKnown() {
        assertThrows(ParameterNeedsRealizationAxis.class,
                () -> NumericRecord.recordOf(parameter, Optional.empty(), MatrixHead.unlabeled(Shape.of(3))));
    }

    @Test
    void givenHeads_recordOf_admitsForwardModelAndTwoDimensionalParameters() {
        var forwardModel = NumericRecord.recordOf(parameter, Optional.of(2), MatrixHead.unlabeled(Shape.of(3)));
        assertEquals(Optional.of(2), forwardModel.realization());
        var ensembleWide = NumericRecord.recordOf(parameter, Optional.empty(), MatrixHead.unlabeled(Shape.of(5, 3)));
        assertEquals(parameter, ensembleWide.info());
    }

    @Test
    void givenMatrix_head_isItsShapeAndLabels() {
        var matrix = Matrix.unlabeled(Shape.of(1, 2), new double[] {1, 2});
        assertEquals(new MatrixHead(Shape.of(1, 2), Optional.empty()), matrix.head());
    }
}
