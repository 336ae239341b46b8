package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a read of numeric records answers (API.md 6.5.2): a table of rows (realizations or row
 * labels) by columns (column labels), each cell a float64 or, for records of three or more
 * dimensions, an array of shape {@code cellShape}. Values are row-major with each cell's values
 * contiguous, which is the C order of the full shape {@code [rows, columns, cellShape...]}.
 * The array is shared, not copied, as in {@link Matrix}.
 */
public record RecordTable(LabelAxis columns, LabelAxis rows, List<Integer> cellShape, double[] values) {

    /** One stored numeric record among those a read visits, in storage order. */
    public record Part(Matrix matrix, Optional<Integer> realizationIndex) {

        public Part {
            Objects.requireNonNull(matrix, "'matrix' must not be null");
            Objects.requireNonNull(realizationIndex, "'realizationIndex' must not be null");
        }
    }

    public RecordTable {
        Objects.requireNonNull(columns, "'columns' must not be null");
        Objects.requireNonNull(rows, "'rows' must not be null");
        cellShape = List.copyOf(Objects.requireNonNull(cellShape, "'cellShape' must not be null"));
        Objects.requireNonNull(values, "'values' must not be null");
        long expected = (long) rows.size() * columns.size() * product(cellShape);
        if (values.length != expected) {
            throw new IllegalArgumentException("a table of " + rows.size() + " rows, " + columns.size()
                    + " columns and cells of shape " + cellShape + " needs " + expected + " values, got " + values.length);
        }
    }

    /**
     * The table of the records a read found, in storage order: one record as it is, several
     * stacked (see {@link RecordStack}). With a {@code label}, a labeled record keeps only that
     * column and fails with {@link RecordLabelNotFound} when it lacks it; unlabeled records ignore it.
     */
    public static RecordTable of(List<Part> parts, Optional<String> label) {
        Objects.requireNonNull(label, "'label' must not be null");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'parts' must not be empty");
        }
        var tables = parts.stream().map(part -> of(part.matrix(), part.realizationIndex(), label)).toList();
        if (tables.size() == 1) {
            return tables.getFirst();
        }
        var realizations = parts.stream().map(Part::realizationIndex).toList();
        return RecordStack.stack(tables, realizations);
    }

    /**
     * Row {@code realizationIndex} of an ensemble-wide record, labeled with that index. A
     * one-dimensional record has no realization axis; negative indices do not count from the end.
     *
     * @throws RecordRowNotFound when there is no such row (DEFECTS D-07)
     */
    public static RecordTable row(Matrix ensembleWide, int realizationIndex, Optional<String> label) {
        Shape shape = ensembleWide.shape();
        if (shape.rank() < 2 || realizationIndex < 0 || realizationIndex >= shape.dimension(0)) {
            throw new RecordRowNotFound(realizationIndex);
        }
        int rowSize = shape.size() / shape.dimension(0);
        int from = realizationIndex * rowSize;
        var rowDimensions = new ArrayList<>(shape.dimensions());
        rowDimensions.set(0, 1);
        var labels = ensembleWide.labels().map(l -> new Labels(l.columns(), indexAxis(realizationIndex, 1)));
        var single = new Matrix(new Shape(rowDimensions), Arrays.copyOfRange(ensembleWide.values(), from, from + rowSize), labels);
        return of(single, Optional.of(realizationIndex), label);
    }

    /**
     * One record as a table. Rows are the labels of a labeled ensemble-wide record, the
     * realization index for a forward-model record of one row (labeled or not, DEFECTS D-05) and
     * for every row of a labeled forward-model record, else 0, 1, 2, ...; unlabeled columns are 0, 1, 2, ...
     */
    static RecordTable of(Matrix matrix, Optional<Integer> realizationIndex, Optional<String> label) {
        Shape shape = matrix.shape();
        int rowCount = shape.rank() == 1 ? 1 : shape.dimension(0);
        int columnCount = shape.rank() == 1 ? shape.dimension(0) : shape.dimension(1);
        var cellShape = shape.rank() <= 2 ? List.<Integer>of() : shape.dimensions().subList(2, shape.rank());
        if (matrix.labels().isEmpty()) {
            LabelAxis rows = realizationIndex.isPresent() && rowCount == 1
                    ? indexAxis(realizationIndex.get(), 1) : positions(rowCount);
            return new RecordTable(positions(columnCount), rows, cellShape, matrix.values());
        }
        Labels labels = matrix.labels().get();
        LabelAxis rows = realizationIndex.map(index -> indexAxis(index, rowCount)).orElse(labels.rows());
        var table = new RecordTable(labels.columns(), rows, cellShape, matrix.values());
        return label.map(table::column).orElse(table);
    }

    private RecordTable column(String label) {
        int column = columns.values().indexOf(label);
        if (column < 0) {
            throw new RecordLabelNotFound(label);
        }
        int cell = cellSize();
        var kept = new double[rowCount() * cell];
        for (int row = 0; row < rowCount(); row++) {
            System.arraycopy(values, (row * columnCount() + column) * cell, kept, row * cell, cell);
        }
        return new RecordTable(new LabelAxis(columns.type(), List.of(label)), rows, cellShape, kept);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    /** Values per cell: 1 for records of up to two dimensions. */
    public int cellSize() {
        return product(cellShape);
    }

    /** The full shape: rows, columns, then the cell's dimensions. */
    public List<Integer> shape() {
        return layout().shape();
    }

    public TableLayout layout() {
        return new TableLayout(columns, rows, cellShape);
    }

    /** This table as one block of rows. */
    public StreamedTable streamed() {
        return new StreamedTable(layout(), block -> block.accept(values));
    }

    static LabelAxis positions(int count) {
        return new LabelAxis(LabelType.INTEGER, IntStream.range(0, count).mapToObj(Integer::toString).toList());
    }

    private static LabelAxis indexAxis(int index, int count) {
        return new LabelAxis(LabelType.INTEGER, java.util.Collections.nCopies(count, Integer.toString(index)));
    }

    private static int product(List<Integer> dimensions) {
        int product = 1;
        for (int dimension : dimensions) {
            product *= dimension;
        }
        return product;
    }
}
