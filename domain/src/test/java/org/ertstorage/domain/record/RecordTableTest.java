package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class RecordTableTest {

    private static final double NAN = Double.NaN;

    static Matrix labeled(List<String> columns, LabelAxis rows, double... values) {
        return new Matrix(Shape.of(rows.size(), columns.size()), values,
                Optional.of(new Labels(LabelAxis.strings(columns), rows)));
    }

    static LabelAxis ints(String... labels) {
        return new LabelAxis(LabelType.INTEGER, List.of(labels));
    }

    private static RecordTable read(Matrix matrix, Optional<Integer> realization) {
        return RecordTable.of(List.of(new RecordTable.Part(matrix, realization)), Optional.empty());
    }

    @Test
    void givenOneDimensionalRecord_read_isOneRowWithPositionalLabels() {
        var table = read(Matrix.unlabeled(Shape.of(3), new double[] {1, 2, 3}), Optional.empty());
        assertEquals(List.of("0", "1", "2"), table.columns().values());
        assertEquals(LabelType.INTEGER, table.columns().type());
        assertEquals(List.of("0"), table.rows().values());
        assertEquals(List.of(1, 3), table.shape());
    }

    @Test
    void givenUnlabeledMatrix_read_sharesTheValuesAndNumbersRows() {
        double[] values = {1, 2, 3, 4, 5, 6};
        var table = read(Matrix.unlabeled(Shape.of(2, 3), values), Optional.empty());
        assertSame(values, table.values());
        assertEquals(List.of("0", "1"), table.rows().values());
        assertEquals(List.of(), table.cellShape());
    }

    @Test
    void givenThreeDimensionalRecord_read_keepsExtraDimensionsInCells() {
        var table = read(Matrix.unlabeled(Shape.of(2, 3, 4), new double[24]), Optional.empty());
        assertEquals(List.of(4), table.cellShape());
        assertEquals(4, table.cellSize());
        assertEquals(List.of(2, 3, 4), table.shape());
    }

    @Test
    void givenLabeledForwardModelRecord_read_rowLabelIsTheRealization() {
        var table = read(labeled(List.of("a", "b"), ints("0"), 1, 2), Optional.of(7));
        assertEquals(List.of("7"), table.rows().values());
        assertEquals(List.of("a", "b"), table.columns().values());
    }

    @Test
    void givenUnlabeledForwardModelRow_read_rowLabelIsTheRealization() {
        var table = read(Matrix.unlabeled(Shape.of(2), new double[] {1, 2}), Optional.of(4));
        assertEquals(List.of("4"), table.rows().values());
    }

    @Test
    void givenLabeledEnsembleWideRecord_read_keepsRowLabels() {
        var rows = new LabelAxis(LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00", "2021-01-02T00:00:00"));
        var table = read(labeled(List.of("a"), rows, 1, 2), Optional.empty());
        assertEquals(rows, table.rows());
    }

    @Test
    void givenEnsembleWideMatrix_readRow_isThatRowLabeledWithTheIndex() {
        var matrix = labeled(List.of("a", "b"), ints("10", "11", "12"), 1, 2, 3, 4, 5, 6);
        var table = RecordTable.row(matrix, 1, Optional.empty());
        assertArrayEquals(new double[] {3, 4}, table.values());
        assertEquals(List.of("1"), table.rows().values());
        assertEquals(List.of("a", "b"), table.columns().values());
    }

    @Test
    void givenThreeDimensionalMatrix_readRow_keepsCells() {
        var matrix = Matrix.unlabeled(Shape.of(2, 2, 2), new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        var table = RecordTable.row(matrix, 1, Optional.empty());
        assertArrayEquals(new double[] {5, 6, 7, 8}, table.values());
        assertEquals(List.of(1, 2, 2), table.shape());
    }

    @Test
    void givenRowBeyondDataOrNegativeOrOneDimensional_readRow_throwsRowNotFound() {
        var matrix = Matrix.unlabeled(Shape.of(2, 2), new double[4]);
        assertThrows(RecordRowNotFound.class, () -> RecordTable.row(matrix, 2, Optional.empty()));
        assertThrows(RecordRowNotFound.class, () -> RecordTable.row(matrix, -1, Optional.empty()));
        var oneDimensional = Matrix.unlabeled(Shape.of(3), new double[3]);
        var e = assertThrows(RecordRowNotFound.class, () -> RecordTable.row(oneDimensional, 0, Optional.empty()));
        assertEquals("Record not found", e.getMessage());
    }

    @Test
    void givenLabeledRecord_readLabel_keepsThatColumn() {
        var matrix = labeled(List.of("a", "b", "c"), ints("0", "1"), 1, 2, 3, 4, 5, 6);
        var table = RecordTable.of(List.of(new RecordTable.Part(matrix, Optional.empty())), Optional.of("b"));
        assertEquals(List.of("b"), table.columns().values());
        assertArrayEquals(new double[] {2, 5}, table.values());
    }

    @Test
    void givenLabeledRecord_readMissingLabel_throwsUnprocessable() {
        var matrix = labeled(List.of("a"), ints("0"), 1);
        var parts = List.of(new RecordTable.Part(matrix, Optional.empty()));
        var e = assertThrows(RecordLabelNotFound.class, () -> RecordTable.of(parts, Optional.of("x")));
        assertEquals("Record label 'x' not found!", e.getMessage());
        assertEquals(DomainRuleViolation.Category.UNPROCESSABLE, e.category());
    }

    @Test
    void givenUnlabeledRecord_readLabel_ignoresIt() {
        var parts = List.of(new RecordTable.Part(Matrix.unlabeled(Shape.of(2), new double[] {1, 2}), Optional.empty()));
        assertEquals(2, RecordTable.of(parts, Optional.of("x")).columnCount());
    }

    @Test
    void givenLabeledForwardModelRecords_stack_unitesColumnsAndSortsByRealization() {
        var parts = List.of(
                new RecordTable.Part(labeled(List.of("A", "B"), ints("0"), 2.5, 2.6), Optional.of(2)),
                new RecordTable.Part(labeled(List.of("A", "C"), ints("0"), 0.5, 0.7), Optional.of(0)),
                new RecordTable.Part(labeled(List.of("B"), ints("0"), 1.6), Optional.of(1)));
        var table = RecordTable.of(parts, Optional.empty());
        assertEquals(List.of("A", "B", "C"), table.columns().values());
        assertEquals(List.of("0", "1", "2"), table.rows().values());
        assertArrayEquals(new double[] {0.5, NAN, 0.7, NAN, 1.6, NAN, 2.5, 2.6, NAN}, table.values());
    }

    @Test
    void givenUnlabeledForwardModelRecords_stack_ordersByRealization() {
        var parts = List.of(
                new RecordTable.Part(Matrix.unlabeled(Shape.of(2), new double[] {3, 3}), Optional.of(3)),
                new RecordTable.Part(Matrix.unlabeled(Shape.of(3), new double[] {1, 1, 1}), Optional.of(1)));
        var table = RecordTable.of(parts, Optional.empty());
        assertEquals(List.of("1", "3"), table.rows().values());
        assertEquals(List.of("0", "1", "2"), table.columns().values());
        assertArrayEquals(new double[] {1, 1, 1, 3, 3, NAN}, table.values());
    }

    @Test
    void givenEqualRowLabels_stack_keepsStorageOrder() {
        var parts = List.of(
                new RecordTable.Part(labeled(List.of("a"), LabelAxis.strings(List.of("y", "x")), 1, 2), Optional.empty()),
                new RecordTable.Part(labeled(List.of("a"), LabelAxis.strings(List.of("x")), 3), Optional.empty()));
        var table = RecordTable.of(parts, Optional.empty());
        assertEquals(List.of("x", "x", "y"), table.rows().values());
        assertArrayEquals(new double[] {2, 3, 1}, table.values());
    }

    @Test
    void givenThreeDimensionalRecords_stack_movesWholeCells() {
        var parts = List.of(
                new RecordTable.Part(Matrix.unlabeled(Shape.of(1, 1, 2), new double[] {5, 6}), Optional.of(1)),
                new RecordTable.Part(Matrix.unlabeled(Shape.of(1, 2, 2), new double[] {1, 2, 3, 4}), Optional.of(0)));
        var table = RecordTable.of(parts, Optional.empty());
        assertEquals(List.of(2, 2, 2), table.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, NAN, NAN}, table.values());
    }

    @Test
    void givenDifferentCellShapes_stack_throwsNotAMatrix() {
        var parts = List.of(
                new RecordTable.Part(Matrix.unlabeled(Shape.of(1, 1, 2), new double[2]), Optional.of(1)),
                new RecordTable.Part(Matrix.unlabeled(Shape.of(2), new double[2]), Optional.of(0)));
        assertThrows(NotAMatrix.class, () -> RecordTable.of(parts, Optional.empty()));
    }

    @Test
    void givenIntegerAndFloatRowLabels_stack_sortsNumericallyAsFloats() {
        var parts = List.of(
                new RecordTable.Part(labeled(List.of("a"), ints("10"), 1), Optional.empty()),
                new RecordTable.Part(labeled(List.of("a"), new LabelAxis(LabelType.FLOAT, List.of("9.5")), 2), Optional.empty()));
        var table = RecordTable.of(parts, Optional.empty());
        assertEquals(new LabelAxis(LabelType.FLOAT, List.of("9.5", "10.0")), table.rows());
    }

    @Test
    void givenValuesNotFittingLabels_construct_throws() {
        assertThrows(IllegalArgumentException.class,
                () -> new RecordTable(RecordTable.positions(2), RecordTable.positions(2), List.of(), new double[3]));
    }
}
