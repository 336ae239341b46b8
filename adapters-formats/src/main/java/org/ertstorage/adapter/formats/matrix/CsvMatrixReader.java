package org.ertstorage.adapter.formats.matrix;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * CSV uploads as pandas {@code read_csv(..., index_col=0)} reads them (API.md 6.2, 6.5.3): a
 * header row of column labels after the index's cell, then one row per label. Column labels are
 * text (repeated ones renamed {@code a.1} as pandas does); the row index is INTEGER when every label
 * is an integer, FLOAT when every label is a number, else STRING. Cells must be numbers, empty or
 * a pandas missing-value word (NaN) or {@code inf}; anything else is not a matrix.
 */
final class CsvMatrixReader implements MatrixReader {

    private static final Set<String> MISSING = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
            "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    @Override
    public Matrix read(byte[] body) {
        // FastCSV tokenizes (quotes, CRLF, a BOM); pandas' rules for labels and cells are ours.
        var reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(true).allowUnclosedQuote(false).ofCsvRecord(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
        try (reader) {
            var records = reader.iterator();
            if (!records.hasNext()) {
                throw UndecodableMatrix.emptyMatrix();
            }
            List<String> header = records.next().getFields();
            List<String> columns = deduplicated(header.subList(1, header.size()));
            var rowLabels = new ArrayList<String>();
            var values = new DoubleList(body.length / 4);
            while (records.hasNext()) {
                var record = records.next();
                if (record.getFieldCount() - 1 > columns.size()) {
                    throw new UndecodableMatrix("row " + (rowLabels.size() + 1) + " has more cells than the header");
                }
                rowLabels.add(record.getField(0));
                for (int column = 1; column <= columns.size(); column++) {
                    values.add(column < record.getFieldCount() ? cell(record.getField(column)) : Double.NaN);
                }
            }
            if (values.size() == 0) {
                throw UndecodableMatrix.emptyMatrix();
            }
            var labels = new Labels(LabelAxis.strings(columns), typedIndex(rowLabels));
            return new Matrix(Shape.of(rowLabels.size(), columns.size()), values.toArray(), Optional.of(labels));
        } catch (CsvParseException e) {
            throw new UndecodableMatrix("not CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double cell(String field) {
        String text = field.strip();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            return DecimalText.parse(bytes, 0, bytes.length);
        } catch (NumberFormatException e) {
            if (MISSING.contains(text)) {
                return Double.NaN;
            }
            return infinity(text).orElseThrow(() -> new UndecodableMatrix("a cell is not a number"));
        }
    }

    private static Optional<Double> infinity(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return switch (lower) {
            case "inf", "+inf", "infinity", "+infinity" -> Optional.of(Double.POSITIVE_INFINITY);
            case "-inf", "-infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
            default -> Optional.empty();
        };
    }

    static LabelAxis typedIndex(List<String> labels) {
        try {
            return new LabelAxis(LabelType.INTEGER, labels.stream().map(l -> Long.toString(Long.parseLong(l.strip()))).toList());
        } catch (NumberFormatException notIntegers) {
            try {
                return new LabelAxis(LabelType.FLOAT, labels.stream().map(CsvMatrixReader::floatLabel).toList());
            } catch (NumberFormatException notNumbers) {
                return LabelAxis.strings(labels);
            }
        }
    }

    private static String floatLabel(String label) {
        String text = label.strip();
        if (MISSING.contains(text)) {
            return PythonFloats.repr(Double.NaN);
        }
        var infinite = infinity(text);
        if (infinite.isPresent()) {
            return PythonFloats.repr(infinite.get());
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PythonFloats.repr(DecimalText.parse(bytes, 0, bytes.length));
    }

    /** Repeated column labels get a suffix, {@code a}, {@code a.1}, {@code a.2}, as pandas renames them. */
    private static List<String> deduplicated(List<String> labels) {
        var seen = new HashSet<String>();
        var result = new ArrayList<String>(labels.size());
        for (String label : labels) {
            String unique = label;
            for (int n = 1; !seen.add(unique); n++) {
                unique = label + "." + n;
            }
            result.add(unique);
        }
        return result;
    }
}
