package org.ertstorage.adapter.formats.matrix;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * The rows of a CSV upload in pandas' {@code read_csv(..., index_col=0)} dialect, read from the
 * body as they are asked for: the header row of column labels after the index's cell (repeated
 * ones renamed {@code a.1} as pandas does), then per row its label and its cells. Cells must be
 * numbers, empty or a pandas missing-value word (NaN) or {@code inf}; a short row is padded with
 * NaN, a long one is not a matrix.
 */
public final class CsvRows {

    private static final Set<String> MISSING = Set.of("", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN",
            "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    /** One row: its label as written and its values. */
    record Row(String label, double[] values) {
    }

    private final Iterator<CsvRecord> records;
    private final List<String> columns;
    private int rows;

    private CsvRows(Iterator<CsvRecord> records, List<String> columns) {
        this.records = records;
        this.columns = columns;
    }

    /** @throws UndecodableMatrix when the body has no header row or is not CSV */
    static CsvRows open(InputStream body) {
        // FastCSV tokenizes (quotes, CRLF, a BOM); pandas' rules for labels and cells are ours.
        var records = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .detectBomHeader(true).allowUnclosedQuote(false).ofCsvRecord(body, StandardCharsets.UTF_8).iterator();
        return undecodable(() -> {
            if (!records.hasNext()) {
                throw UndecodableMatrix.emptyMatrix();
            }
            List<String> header = records.next().getFields();
            return new CsvRows(records, deduplicated(header.subList(1, header.size())));
        });
    }

    /**
     * A bulk upload's rows as they are read, each a 1 x N matrix keeping the column labels and its
     * row label, typed INTEGER when it is one (a realization index), else text that names no
     * realization.
     *
     * @throws UndecodableMatrix when the body has no values or is not CSV, from the iterator too
     */
    public static Iterator<Matrix> bulk(InputStream body) {
        var rows = open(body);
        if (rows.columns.isEmpty()) {
            throw UndecodableMatrix.emptyMatrix();
        }
        var columns = LabelAxis.strings(rows.columns);
        return new Iterator<>() {
            private Optional<Row> next = Optional.empty();

            @Override
            public boolean hasNext() {
                if (next.isEmpty()) {
                    next = rows.next();
                }
                return next.isPresent();
            }

            @Override
            public Matrix next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var row = next.get();
                next = Optional.empty();
                return new Matrix(Shape.of(1, row.values().length), row.values(),
                        Optional.of(new Labels(columns, realizationLabel(row.label()))));
            }
        };
    }

    List<String> columns() {
        return columns;
    }

    /**
     * The next row, empty after the last.
     *
     * @throws UndecodableMatrix when the row is not one of a matrix, or the body held no row at all
     */
    Optional<Row> next() {
        return undecodable(() -> {
            if (!records.hasNext()) {
                if (rows == 0) {
                    throw UndecodableMatrix.emptyMatrix();
                }
                return Optional.empty();
            }
            var record = records.next();
            rows++;
            if (record.getFieldCount() - 1 > columns.size()) {
                throw new UndecodableMatrix("row " + rows + " has more cells than the header");
            }
            var values = new double[columns.size()];
            for (int column = 1; column <= columns.size(); column++) {
                values[column - 1] = column < record.getFieldCount() ? cell(record.getField(column)) : Double.NaN;
            }
            return Optional.of(new Row(record.getField(0), values));
        });
    }

    private interface Parse<T> {
        T run();
    }

    /** FastCSV's failures, on a body that is no CSV or could not be read, as this format's. */
    private static <T> T undecodable(Parse<T> parse) {
        try {
            return parse.run();
        } catch (CsvParseException e) {
            throw new UndecodableMatrix("not CSV: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UndecodableMatrix("the body could not be read: " + e.getCause().getMessage());
        }
    }

    private static LabelAxis realizationLabel(String label) {
        try {
            return new LabelAxis(LabelType.INTEGER, List.of(Long.toString(Long.parseLong(label.strip()))));
        } catch (NumberFormatException e) {
            return LabelAxis.strings(List.of(label));
        }
    }

    static boolean missing(String text) {
        return MISSING.contains(text);
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

    static Optional<Double> infinity(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> Optional.of(Double.POSITIVE_INFINITY);
            case "-inf", "-infinity" -> Optional.of(Double.NEGATIVE_INFINITY);
            default -> Optional.empty();
        };
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
