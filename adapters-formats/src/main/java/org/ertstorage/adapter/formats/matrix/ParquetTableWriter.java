package org.ertstorage.adapter.formats.matrix;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.adapter.formats.matrix.parquet.OutputColumn;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetFileWriter;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.StreamedTable;
import org.ertstorage.domain.record.TableLayout;

/**
 * Parquet downloads as pandas {@code to_parquet} (pyarrow) stores a data frame (API.md 6.5.5):
 * one float64 column per column label, named by its text ({@code "0"}, {@code "1"}, ... for
 * unlabeled data, DEFECTS D-20); the row index as a RangeIndex in the metadata only, or as an
 * {@code __index_level_0__} column of its type; and the {@code pandas} metadata that lets
 * {@code pandas.read_parquet} restore index and columns.
 */
final class ParquetTableWriter implements TableWriter {

    static final String INDEX_COLUMN = "__index_level_0__";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Values a row group holds at most (4 MB), unless that would make the footer too long (below). */
    private static final int ROW_GROUP_VALUES = 1 << 19;
    /** Column chunks the footer lists at most: a wide table gets fewer, longer row groups. */
    private static final int FOOTER_CHUNKS = 100_000;

    private final int rowGroupValues;
    private final int footerChunks;

    ParquetTableWriter() {
        this(ROW_GROUP_VALUES, FOOTER_CHUNKS);
    }

    /** A writer with other row group bounds, so tests reach several row groups with small tables. */
    ParquetTableWriter(int rowGroupValues, int footerChunks) {
        this.rowGroupValues = rowGroupValues;
        this.footerChunks = footerChunks;
    }

    /**
     * Rows arrive in row order but Parquet stores columns, so they are gathered into row groups
     * of bounded size, each written when full: a table larger than the heap streams through.
     */
    @Override
    public void write(StreamedTable table, OutputStream out) throws IOException {
        TableLayout layout = table.layout();
        if (!layout.cellShape().isEmpty()) {
            throw new UnwritableTable("Parquet output supports at most 2 dimensions");
        }
        int columnCount = layout.columnCount();
        Optional<Map<String, Object>> range = range(layout.rows());
        int groupRows = groupRows(layout.rowCount(), columnCount + (range.isEmpty() ? 1 : 0));
        var group = new double[groupRows * columnCount];
        var writer = new ParquetFileWriter(out);
        int[] filled = {0};
        int[] groupStart = {0};
        TableRows.forEach(table, (row, values, offset) -> {
            System.arraycopy(values, offset, group, filled[0] * columnCount, columnCount);
            if (++filled[0] == groupRows) {
                writer.rowGroup(columns(layout, group, groupStart[0], filled[0], range.isEmpty()), filled[0]);
                groupStart[0] += filled[0];
                filled[0] = 0;
            }
        });
        if (filled[0] > 0 || groupStart[0] == 0) {
            writer.rowGroup(columns(layout, group, groupStart[0], filled[0], range.isEmpty()), filled[0]);
        }
        writer.finish(Map.of("pandas", pandas(layout, range)));
    }

    private int groupRows(int rows, int columns) {
        int maxGroups = Math.max(1, footerChunks / Math.max(1, columns));
        int rowsForValues = rowGroupValues / Math.max(1, columns);
        int rowsForFooter = (rows + maxGroups - 1) / maxGroups;
        return Math.max(1, Math.min(rows, Math.max(rowsForValues, rowsForFooter)));
    }

    /** The columns of one row group: its rows of the data columns, then the index column unless the index is a range. */
    private static List<OutputColumn> columns(TableLayout layout, double[] group, int start, int rows, boolean indexColumn) {
        int columnCount = layout.columnCount();
        var columns = new ArrayList<OutputColumn>();
        for (int c = 0; c < columnCount; c++) {
            int column = c;
            columns.add(new OutputColumn.Doubles(layout.columns().values().get(c), rows, row -> group[row * columnCount + column]));
        }
        if (indexColumn) {
            columns.add(indexColumn(layout.rows().type(), layout.rows().values().subList(start, start + rows)));
        }
        return columns;
    }

    /**
     * The {@code pandas} metadata, streamed: built as maps, the entries of a 1,000-column table took
     * an eighth of a Parquet download's CPU.
     */
    private static String pandas(TableLayout layout, Optional<Map<String, Object>> range) throws IOException {
        var text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("index_columns");
            if (range.isPresent()) {
                json.writeObject(range.get());
            } else {
                json.writeString(INDEX_COLUMN);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("column_indexes");
            column(json, null, null, "unicode", "object", Map.of("encoding", "UTF-8"));
            json.writeEndArray();
            json.writeArrayFieldStart("columns");
            for (String name : layout.columns().values()) {
                column(json, name, name, "float64", "float64", null);
            }
            if (range.isEmpty()) {
                indexDescription(json, layout.rows().type());
            }
            json.writeEndArray();
            json.writeObjectFieldStart("creator");
            json.writeStringField("library", "ert-storage-java");
            json.writeStringField("version", "1");
            json.writeEndObject();
            json.writeStringField("pandas_version", "2.2.3");
            json.writeEndObject();
        }
        return text.toString();
    }

    /**
     * Integer labels in steps of one size form a RangeIndex, which pandas keeps in metadata only;
     * not when its step or stop would overflow int64 (then the labels go in an index column).
     */
    private static Optional<Map<String, Object>> range(LabelAxis rows) {
        if (rows.type() != LabelType.INTEGER) {
            return Optional.empty();
        }
        long start;
        long step;
        long stop;
        try {
            start = rows.size() == 0 ? 0 : Long.parseLong(rows.values().getFirst());
            step = rows.size() < 2 ? 1 : Math.subtractExact(Long.parseLong(rows.values().get(1)), start);
            stop = Math.addExact(start, Math.multiplyExact(rows.size(), step));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
        for (int i = 0; i < rows.size(); i++) {
            if (step == 0 || Long.parseLong(rows.values().get(i)) != start + i * step) {
                return Optional.empty();
            }
        }
        var range = new LinkedHashMap<String, Object>();
        range.put("kind", "range");
        range.put("name", null);
        range.put("start", start);
        range.put("stop", stop);
        range.put("step", step);
        return Optional.of(range);
    }

    private static OutputColumn indexColumn(LabelType type, List<String> labels) {
        return switch (type) {
            case INTEGER -> new OutputColumn.Longs(INDEX_COLUMN, labels.stream().mapToLong(Long::parseLong).toArray(), false);
            case FLOAT -> new OutputColumn.Doubles(INDEX_COLUMN, labels.size(), row -> floatLabel(labels.get(row)));
            case TIMESTAMP -> new OutputColumn.Longs(INDEX_COLUMN, labels.stream().mapToLong(ParquetTableWriter::nanos).toArray(), true);
            case STRING -> new OutputColumn.Strings(INDEX_COLUMN, labels);
        };
    }

    /** A float label in the Python {@code repr} text the readers store: {@code inf}, {@code -inf} and {@code nan} included. */
    private static double floatLabel(String label) {
        return switch (label) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(label);
        };
    }

    private static void indexDescription(JsonGenerator json, LabelType type) throws IOException {
        switch (type) {
            case INTEGER -> column(json, null, INDEX_COLUMN, "int64", "int64", null);
            case FLOAT -> column(json, null, INDEX_COLUMN, "float64", "float64", null);
            case TIMESTAMP -> column(json, null, INDEX_COLUMN, "datetime", "datetime64[ns]", null);
            case STRING -> column(json, null, INDEX_COLUMN, "unicode", "object", null);
        }
    }

    private static void column(JsonGenerator json, String name, String fieldName, String pandasType, String numpyType,
            Map<String, String> metadata) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("field_name", fieldName);
        json.writeStringField("pandas_type", pandasType);
        json.writeStringField("numpy_type", numpyType);
        json.writeFieldName("metadata");
        json.writeObject(metadata);
        json.writeEndObject();
    }

    static long nanos(String timestamp) {
        var time = LocalDateTime.parse(timestamp);
        try {
            return Math.addExact(Math.multiplyExact(time.toEpochSecond(ZoneOffset.UTC), 1_000_000_000L), time.getNano());
        } catch (ArithmeticException e) {
            // pandas' datetime64[ns] spans the years 1677 to 2262 only.
            throw new UnwritableTable("Timestamp label '" + timestamp + "' is out of range for Parquet");
        }
    }

}
