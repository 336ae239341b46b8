package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The shape of a read's table without its values: rows by columns, each cell a float64 or an
 * array of shape {@code cellShape} (see {@link RecordTable}).
 */
public record TableLayout(LabelAxis columns, LabelAxis rows, List<Integer> cellShape) {

    public TableLayout {
        Objects.requireNonNull(columns, "'columns' must not be null");
        Objects.requireNonNull(rows, "'rows' must not be null");
        cellShape = List.copyOf(Objects.requireNonNull(cellShape, "'cellShape' must not be null"));
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    /** Values per cell: 1 for records of up to two dimensions. */
    public int cellSize() {
        int product = 1;
        for (int dimension : cellShape) {
            product *= dimension;
        }
        return product;
    }

    /** Values per row. */
    public int rowSize() {
        return columnCount() * cellSize();
    }

    /** The full shape: rows, columns, then the cell's dimensions. */
    public List<Integer> shape() {
        var shape = new ArrayList<Integer>(2 + cellShape.size());
        shape.add(rowCount());
        shape.add(columnCount());
        shape.addAll(cellShape);
        return List.copyOf(shape);
    }
}
