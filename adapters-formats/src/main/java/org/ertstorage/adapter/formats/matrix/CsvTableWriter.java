package org.ertstorage.adapter.formats.matrix;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.StreamedTable;

/**
 * CSV downloads, byte for byte as pandas {@code DataFrame.to_csv()} writes the table (API.md
 * 6.5.3): an empty index header cell, {@code \n} after every line, NaN as an empty field,
 * {@code inf}/{@code -inf}, fields with {@code ,}, {@code "} or line breaks quoted. Cells of
 * records with three or more dimensions are written as Python list text, e.g. {@code "[1.0, 2.0]"}.
 */
final class CsvTableWriter implements TableWriter {

    @Override
    public void write(StreamedTable table, OutputStream out) throws IOException {
        var layout = table.layout();
        var text = new TextOut(out);
        var quoting = new Quoting();
        var header = new ArrayList<String>(layout.columnCount() + 1);
        header.add("");
        header.addAll(layout.columns().values());
        text.utf8(quoting.line(header));
        List<String> rows = rowLabels(layout.rows());
        int cell = layout.cellSize();
        int columns = layout.columnCount();
        boolean scalars = layout.cellShape().isEmpty();
        TableRows.forEach(table, (row, values, rowStart) -> {
            if (scalars) {
                // Numbers never need quotes: only the row label goes through FastCSV, the values
                // are written straight to the buffer (a misfits answer holds 100,000 of them).
                String label = quoting.line(List.of(rows.get(row)));
                text.utf8(label.substring(0, label.length() - 1));
                for (int column = 0; column < columns; column++) {
                    text.write(',');
                    double value = values[rowStart + column];
                    if (!Double.isNaN(value)) {
                        text.ascii(PythonFloats.repr(value));
                    }
                }
                text.write('\n');
            } else {
                var fields = new ArrayList<String>(columns + 1);
                fields.add(rows.get(row));
                for (int column = 0; column < columns; column++) {
                    fields.add(PythonLists.repr(values, rowStart + column * cell, layout.cellShape()));
                }
                text.utf8(quoting.line(fields));
            }
        });
        text.flush();
    }

    /** FastCSV quotes as pandas' QUOTE_MINIMAL does: fields holding ",", '"' or a line break. */
    private static final class Quoting {

        private final StringWriter line = new StringWriter();
        private final CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).autoFlush(false).build(line);

        /** The fields as one CSV line, {@code \n} included. */
        String line(List<String> fields) throws IOException {
            csv.writeRecord(fields);
            csv.flush();
            String text = line.toString();
            line.getBuffer().setLength(0);
            return text;
        }
    }

    /**
     * Row labels as pandas prints its index: timestamps as {@code 2021-01-01 12:00:00}, or as
     * bare dates when every one of them is at midnight.
     */
    static List<String> rowLabels(LabelAxis rows) {
        if (rows.type() == LabelType.FLOAT) {
            // pandas writes a NaN index label as an empty field, as it writes NaN values.
            return rows.values().stream().map(label -> label.equals("nan") ? "" : label).toList();
        }
        if (rows.type() != LabelType.TIMESTAMP) {
            return rows.values();
        }
        boolean dates = rows.values().stream().allMatch(label -> label.endsWith("T00:00:00") || label.endsWith("T00:00"));
        return rows.values().stream()
                .map(label -> dates ? label.substring(0, label.indexOf('T')) : label.replace('T', ' '))
                .toList();
    }
}
