package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.ertstorage.domain.record.StreamedTable;

/**
 * Walks a streamed table block by block, or row by row checking that its blocks hold exactly its
 * rows, for writers whose output fails with {@link IOException}.
 */
final class TableRows {

    /** Takes one block of whole rows. */
    @FunctionalInterface
    interface Block {

        void accept(double[] values) throws IOException;
    }

    /** Takes row {@code row}, whose values start at {@code offset} in {@code values}. */
    @FunctionalInterface
    interface Row {

        void accept(int row, double[] values, int offset) throws IOException;
    }

    private static final double[] NONE = new double[0];

    private TableRows() {
    }

    /** The blocks in order; an {@link IOException} of {@code block} ends the walk and is thrown as it is. */
    static void forEachBlock(StreamedTable table, Block block) throws IOException {
        try {
            table.rows().forEach(values -> {
                try {
                    block.accept(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void forEach(StreamedTable table, Row row) throws IOException {
        var layout = table.layout();
        int rowSize = layout.rowSize();
        int[] next = {0};
        forEachBlock(table, values -> {
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
