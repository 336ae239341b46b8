package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RealizationRowsTest {

    private static Matrix labeled(List<String> rows, double... values) {
        var shape = new Shape(List.of(rows.size(), values.length / rows.size()));
        var columns = LabelAxis.strings(java.util.stream.IntStream.range(0, shape.dimension(1)).mapToObj(c -> "c" + c).toList());
        return new Matrix(shape, values, Optional.of(new Labels(columns, new LabelAxis(LabelType.INTEGER, rows))));
    }

    @Test
    void givenRowLabels_of_takesEachRowsRealizationFromItsLabelAndKeepsItsLabels() {
        var rows = RealizationRows.of(labeled(List.of("3", "0"), 1, 2, 3, 4));
        assertEquals(List.of(3, 0), rows.realizations());
        var second = rows.rows().get(1).matrix();
        assertEquals(List.of(1, 2), second.shape().dimensions());
        assertArrayEquals(new double[] {3, 4}, second.values());
        assertEquals(List.of("0"), second.labels().orElseThrow().rows().values());
        assertEquals(List.of("c0", "c1"), second.labels().orElseThrow().columns().values());
    }

    @Test
    void givenNoLabels_of_numbersRowsFromZero() {
        var rows = RealizationRows.of(Matrix.unlabeled(new Shape(List.of(3, 1)), new double[] {7, 8, 9}));
        assertEquals(List.of(0, 1, 2), rows.realizations());
        assertArrayEquals(new double[] {9}, rows.rows().get(2).matrix().values());
        assertEquals(Optional.empty(), rows.rows().get(2).matrix().labels());
    }

    @Test
    void givenOneDimension_of_throwsNotAMatrix() {
        assertThrows(NotAMatrix.class, () -> RealizationRows.of(Matrix.unlabeled(new Shape(List.of(3)), new double[3])));
    }

    @Test
    void givenRepeatedOrNonNumericRowLabel_of_throwsNotAMatrix() {
        assertThrows(NotAMatrix.class, () -> RealizationRows.of(labeled(List.of("1", "1"), 1, 2)));
        assertThrows(NotAMatrix.class, () -> RealizationRows.of(labeled(List.of("a"), 1)));
    }

    @Test
    void givenRowsOneAtATime_sequence_numbersUnlabeledRowsByPosition() {
        var sequence = new RealizationRows.Sequence();
        assertEquals(0, sequence.next(Matrix.unlabeled(Shape.of(1, 2), new double[] {1, 2})).realization());
        assertEquals(1, sequence.next(Matrix.unlabeled(Shape.of(1, 2), new double[] {3, 4})).realization());
    }

    @Test
    void givenLabeledRowRepeatedLater_sequence_throwsNotAMatrixAtTheRepeat() {
        var sequence = new RealizationRows.Sequence();
        assertEquals(5, sequence.next(labeled(List.of("5"), 1)).realization());
        assertEquals(2, sequence.next(labeled(List.of(" 2"), 1)).realization());
        assertThrows(NotAMatrix.class, () -> sequence.next(labeled(List.of("5"), 1)));
    }

    @Test
    void givenThreeDimensions_requireRows_throwsNotAMatrix() {
        assertThrows(NotAMatrix.class, () -> RealizationRows.requireRows(Shape.of(2, 2, 2)));
        RealizationRows.requireRows(Shape.of(2, 2));
    }

    @Test
    void givenLabelsNotFittingShape_head_throwsNotAMatrix() {
        var labels = new Labels(LabelAxis.strings(List.of("a")), LabelAxis.strings(List.of("0", "1")));
        assertThrows(NotAMatrix.class, () -> new MatrixHead(Shape.of(1, 1), Optional.of(labels)));
        assertEquals(Shape.of(2, 1), new MatrixHead(Shape.of(2, 1), Optional.of(labels)).shape());
    }
}
