package org.ertstorage.domain.observation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;

class MisfitsTest {

    private static final Observation OBSERVATION = Observation.create(ExperimentId.random(), "obs",
            List.of("C", "E", "H"), List.of(1.0, 2.0, 3.0), List.of(0.1, 0.2, 0.3), List.of());

    private static RecordTable response(List<String> columns, double... values) {
        var matrix = new Matrix(Shape.of(1, values.length), values,
                Optional.of(new Labels(LabelAxis.strings(columns), new LabelAxis(LabelType.INTEGER, List.of("0")))));
        return RecordTable.of(List.of(new RecordTable.Part(matrix, Optional.of(0))), Optional.empty());
    }

    @Test
    void givenReferenceExample_compute_matchesTheOriginalsFigures() {
        var table = Misfits.compute(OBSERVATION,
                Map.of(0, response(List.of("A", "C", "E", "H"), 9, 0.651, 0.341, 0.181)), false);
        assertEquals(List.of("C", "E", "H"), table.columns().values());
        assertEquals(List.of("0"), table.rows().values());
        assertArrayEquals(new double[] {-12.180099999999998, -68.807025, -88.29734444444445}, table.values());
    }

    @Test
    void givenSummary_compute_sumsAbsoluteMisfitsPerRealization() {
        var table = Misfits.compute(OBSERVATION, Map.of(
                3, response(List.of("C", "E", "H"), 0.651, 0.341, 0.181),
                1, response(List.of("C", "E", "H"), 1, 2, 3)), true);
        assertEquals(List.of("1", "3"), table.rows().values());
        assertArrayEquals(new double[] {0.0, 169.28446944444443}, table.values());
    }

    @Test
    void givenRealizationsWithOtherColumnOrders_compute_summaryIsTheSumOfAbsolutePointMisfits() {
        var responses = Map.of(
                0, response(List.of("H", "C", "E"), 2.5, 1.25, 1.5),
                1, response(List.of("C", "X", "E", "H"), 0.75, 7, 2.25, 3.5),
                2, response(List.of("H", "C", "E"), 3, 1, 2));
        var points = Misfits.compute(OBSERVATION, responses, false);
        var summary = Misfits.compute(OBSERVATION, responses, true);
        assertArrayEquals(new double[] {6.25, -6.25, -2.7777777777777777, -6.25, 1.5625, 2.7777777777777777, 0, 0, 0},
                points.values(), 1e-9);
        for (int row = 0; row < 3; row++) {
            double total = 0;
            for (int point = 0; point < 3; point++) {
                total += Math.abs(points.values()[row * 3 + point]);
            }
            assertEquals(total, summary.values()[row]);
        }
    }

    @Test
    void givenResponseWithoutObservedPoint_compute_isUnavailable() {
        var error = assertThrows(MisfitsUnavailable.class,
                () -> Misfits.compute(OBSERVATION, Map.of(0, response(List.of("C", "E"), 1, 2)), false));
        assertEquals("Unable to compute misfits: observed point 'H' is not among the columns of the response of"
                + " realization 0", error.getMessage());
    }

    @Test
    void givenNoResponses_compute_isUnavailable() {
        assertThrows(MisfitsUnavailable.class, () -> Misfits.compute(OBSERVATION, Map.of(), false));
    }
}
