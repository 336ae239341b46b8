package org.ertstorage.adapter.formats.matrix;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
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
        // FastCSV quotes as pandas' QUOTE_MINIMAL does: fields holding ",", '"' or a line break.
        var csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).autoFlush(false)
                .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        var layout = table.layout();
        var header = csv.writeRecord().writeField("");
        layout.columns().values().forEach(header::writeField);
        header.endRecord();
        List<String> rows = rowLabels(layout.rows());
        int cell = layout.cellSize();
        int columns = layout.columnCount();
        TableRows.forEach(table, (row, values, rowStart) -> {
            var line = csv.writeRecord().writeField(rows.get(row));
            for (int column = 0; column < columns; column++) {
                int offset = rowStart + column * cell;
                if (layout.cellShape().isEmpty()) {
                    double value = values[offset];
                    line.writeField(Double.isNaN(value) ? "" : PythonFloats.repr(value));
                } else {
                    line.writeField(PythonLists.repr(values, offset, layout.cellShape()));
                }
            }
            line.endRecord();
        });
        csv.flush();
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
