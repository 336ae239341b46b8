package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import org.ertstorage.domain.record.StreamedTable;

/** Walks a streamed table row by row, checking that its blocks hold exactly its rows. */
final class TableRows {

    /** Takes row {@code row}, whose values start at {@code offset} in {@code values}. */
    @FunctionalInterface
    interface Row {

        void accept(int row, double[] values, int offset) throws IOException;
    }

    private static final double[] NONE = new double[0];

    private TableRows() {
    }

    static void forEach(StreamedTable table, Row row) throws IOException {
        var layout = table.layout();
        int rowSize = layout.rowSize();
        int[] next = {0};
        table.rows().forEach(values -> {
            if (rowSize > 0 && values.length % rowSize != 0) {
                throw new IllegalStateException("A block of " + values.length + " values is not whole rows of " + rowSize);
            }
            int rows = rowSize == 0 ? 0 : values.length / rowSize;
            if (next[0] + rows > layout.rowCount()) {
                throw new IllegalStateException("More rows than the table's " + layout.rowCount());
            }
            for (int i = 0; i < rows; i++) {
                row.accept(next[0]++, values, i * rowSize);
            }
        });
        // Rows of no columns have no values to arrive in blocks.
        while (rowSize == 0 && next[0] < layout.rowCount()) {
            row.accept(next[0]++, NONE, 0);
        }
        if (next[0] != layout.rowCount()) {
            throw new IllegalStateException("The table's blocks held " + next[0] + " of its " + layout.rowCount() + " rows");
        }
    }
}
