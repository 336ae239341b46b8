package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.domain.record.StreamedTable;

/**
 * JSON downloads (API.md 6.5.3): nested lists, rows outermost, floats as Python writes them with
 * bare {@code NaN}/{@code Infinity}; a table of exactly one row is written as that row. Cells of
 * records with three or more dimensions are written out in full. Labels are not part of JSON.
 */
final class JsonTableWriter implements TableWriter {

    @Override
    public void write(StreamedTable table, OutputStream out) throws IOException {
        var text = new TextOut(out);
        List<Integer> shape = table.layout().shape();
        List<Integer> rowShape = shape.subList(1, shape.size());
        boolean single = table.layout().rowCount() == 1;
        if (!single) {
            text.write('[');
        }
        TableRows.forEach(table, (row, values, offset) -> {
            if (row > 0) {
                text.ascii(", ");
            }
            nested(text, values, rowShape, 0, offset);
        });
        if (!single) {
            text.write(']');
        }
        text.flush();
    }

    /** Writes the block of {@code values} starting at {@code offset} with dimensions {@code shape[axis..]}. */
    private static void nested(TextOut text, double[] values, List<Integer> shape, int axis, int offset) throws IOException {
        int length = shape.get(axis);
        text.write('[');
        if (axis == shape.size() - 1) {
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    text.ascii(", ");
                }
                text.ascii(PythonFloats.json(values[offset + i]));
            }
        } else {
            int stride = 1;
            for (int inner = axis + 1; inner < shape.size(); inner++) {
                stride *= shape.get(inner);
            }
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    text.ascii(", ");
                }
                nested(text, values, shape, axis + 1, offset + i * stride);
            }
        }
        text.write(']');
    }
}
