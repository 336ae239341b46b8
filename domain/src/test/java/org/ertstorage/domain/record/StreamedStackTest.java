package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A planned stack gives what {@link RecordTable#of} gives for the same records, and declines the mixes it cannot stream. */
class StreamedStackTest {

    private static final LabelAxis DATES = new LabelAxis(LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00", "2021-01-02T00:00:00"));

    private record Stored(RecordId id, Optional<Integer> realization, Matrix matrix) {

        StreamedStack.Head head() {
            return new StreamedStack.Head(id, realization, matrix.shape(), matrix.labels());
        }

        RecordTable.Part part() {
            return new RecordTable.Part(matrix, realization);
        }
    }

    @Test
    void givenStreamableMixes_plan_layoutAndRowsEqualTheStackInMemory() {
        var random = new Random(11);
        for (int trial = 0; trial < 200; trial++) {
            int kind = random.nextInt(4);
            int columns = 1 + random.nextInt(4);
            var records = new ArrayList<Stored>();
            int realization = random.nextInt(3);
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                records.add(new Stored(RecordId.random(), Optional.of(realization), matrix(kind, columns, random)));
                realization += 1 + random.nextInt(3);
            }
            Optional<String> label = kind == 2 && random.nextBoolean() ? Optional.of("c" + random.nextInt(columns)) : Optional.empty();
            RecordTable expected = RecordTable.of(records.stream().map(Stored::part).toList(), label);

            // A range over the column labels of every kind: c1..c2, or positions 1..2 of unlabeled records.
            var range = random.nextBoolean() ? LabelRange.ALL
                    : new LabelRange(Optional.of(kind == 2 ? "c1" : "1"), Optional.of(kind == 2 ? "c2" : "2"));
            expected = expected.columnsIn(range);
            var stack = StreamedStack.plan(records.stream().map(Stored::head).iterator(), label, range).orElseThrow();
            assertEquals(expected.layout(), stack.layout(), "trial " + trial);
            var values = records.stream().map(r -> stack.rows(r.matrix().values())).flatMapToDouble(Arrays::stream).toArray();
            assertArrayEquals(expected.values(), values, "trial " + trial);
            assertEquals(records.size(), stack.recordCount());
            assertTrue(records.stream().allMatch(r -> stack.includes(r.id())));
            assertTrue(!stack.includes(RecordId.random()));
        }
    }

    /** Kinds: 0 a 1-D record, 1 one unlabeled row, 2 labeled rows, 3 one row of cells of shape [2]. */
    private static Matrix matrix(int kind, int columns, Random random) {
        return switch (kind) {
            case 0 -> Matrix.unlabeled(Shape.of(columns), values(columns, random));
            case 1 -> Matrix.unlabeled(Shape.of(1, columns), values(columns, random));
            case 2 -> {
                var names = new ArrayList<String>();
                for (int c = 0; c < columns; c++) {
                    names.add("c" + c);
                }
                yield new Matrix(Shape.of(2, columns), values(2 * columns, random),
                        Optional.of(new Labels(LabelAxis.strings(names), DATES)));
            }
            default -> Matrix.unlabeled(Shape.of(1, columns, 2), values(2 * columns, random));
        };
    }

    private static double[] values(int count, Random random) {
        return random.doubles(count).toArray();
    }

    @Test
    void givenMixesThatMoveRows_plan_declines() {
        var row = Matrix.unlabeled(Shape.of(1, 2), new double[] {1, 2});
        var wider = Matrix.unlabeled(Shape.of(1, 3), new double[] {1, 2, 3});
        var twoRows = Matrix.unlabeled(Shape.of(2, 2), new double[] {1, 2, 3, 4});
        var labeled = new Matrix(Shape.of(2, 2), new double[] {1, 2, 3, 4},
                Optional.of(new Labels(LabelAxis.strings(List.of("a", "b")), DATES)));
        var otherLabels = new Matrix(Shape.of(2, 2), new double[] {1, 2, 3, 4},
                Optional.of(new Labels(LabelAxis.strings(List.of("a", "c")), DATES)));

        assertEquals(Optional.empty(), plan(head(Optional.empty(), row), head(Optional.of(0), row)), "ensemble-wide record");
        assertEquals(Optional.empty(), plan(head(Optional.of(0), row), head(Optional.of(1), wider)), "other column count");
        assertEquals(Optional.empty(), plan(head(Optional.of(0), twoRows)), "unlabeled rows 0, 1");
        assertEquals(Optional.empty(), plan(head(Optional.of(0), labeled), head(Optional.of(1), otherLabels)), "other columns");
        assertEquals(Optional.empty(), plan(head(Optional.of(0), labeled), head(Optional.of(1), twoRows)), "labeled and not");
        assertEquals(Optional.empty(), plan(head(Optional.of(1), row), head(Optional.of(0), row)), "out of realization order");
        assertEquals(Optional.empty(), plan(), "no records");
    }

    @Test
    void givenLabelMissingFromLabeledRecords_plan_failsAsTheStackInMemory() {
        var labeled = new Matrix(Shape.of(2, 2), new double[] {1, 2, 3, 4},
                Optional.of(new Labels(LabelAxis.strings(List.of("a", "b")), DATES)));
        var heads = List.of(head(Optional.of(0), labeled)).iterator();
        assertThrows(RecordLabelNotFound.class, () -> StreamedStack.plan(heads, Optional.of("z"), LabelRange.ALL));
    }

    private static StreamedStack.Head head(Optional<Integer> realization, Matrix matrix) {
        return new StreamedStack.Head(RecordId.random(), realization, matrix.shape(), matrix.labels());
    }

    private static Optional<StreamedStack> plan(StreamedStack.Head... heads) {
        return StreamedStack.plan(List.of(heads).iterator(), Optional.empty(), LabelRange.ALL);
    }
}
