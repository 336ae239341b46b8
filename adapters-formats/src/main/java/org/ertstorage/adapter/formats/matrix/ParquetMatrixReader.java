package org.ertstorage.adapter.formats.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.PhysicalType;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.TimeUnit;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetFileReader;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * Parquet uploads as pandas {@code to_parquet} (pyarrow) writes them (API.md 6.5.5): columns
 * become the column labels, the index named in the {@code pandas} metadata (an
 * {@code __index_level_0__} column or a RangeIndex) the row labels with their type kept;
 * without that metadata the rows are 0, 1, 2, ... Missing values are NaN; text columns other
 * than the index, and multi-level indexes, are not matrices.
 */
final class ParquetMatrixReader implements MatrixReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Matrix read(byte[] body) {
        ParquetFileReader.Contents contents;
        JsonNode pandas;
        try {
            contents = ParquetFileReader.read(body);
            String metadata = contents.metadata().get("pandas");
            pandas = metadata == null ? JSON.createObjectNode() : JSON.readTree(metadata);
        } catch (RuntimeException | java.io.IOException e) {
            throw new UndecodableMatrix("unreadable Parquet: " + e.getMessage());
        }
        int rows = (int) contents.rowCount();
        JsonNode indexes = pandas.path("index_columns");
        if (indexes.size() > 1) {
            throw new UndecodableMatrix("a multi-level index is not a matrix");
        }
        JsonNode index = indexes.size() == 1 ? indexes.get(0) : null;
        String indexName = index != null && index.isTextual() ? index.asText() : null;
        LabelAxis rowLabels = index == null || indexName != null
                ? range(0, 1, rows) : range(index.path("start").asLong(0), index.path("step").asLong(1), rows);
        var valueColumns = new ArrayList<ParquetColumn>();
        for (ParquetColumn column : contents.columns()) {
            if (column.name().equals(indexName)) {
                rowLabels = labels(column, pandasType(pandas, indexName));
            } else {
                valueColumns.add(column);
            }
        }
        if (rows == 0 || valueColumns.isEmpty()) {
            throw UndecodableMatrix.emptyMatrix();
        }
        var values = new double[rows * valueColumns.size()];
        for (int c = 0; c < valueColumns.size(); c++) {
            copyColumn(valueColumns.get(c), values, c, valueColumns.size());
        }
        var columns = LabelAxis.strings(valueColumns.stream().map(ParquetColumn::name).toList());
        return new Matrix(Shape.of(rows, valueColumns.size()), values, Optional.of(new Labels(columns, rowLabels)));
    }

    private static void copyColumn(ParquetColumn column, double[] values, int c, int stride) {
        if (column.type() == PhysicalType.BYTE_ARRAY) {
            throw new UndecodableMatrix("column '" + column.name() + "' is not numeric");
        }
        for (int row = 0; row < column.size(); row++) {
            double value = column.nulls()[row] ? Double.NaN
                    : column.doubles() != null ? column.doubles()[row] : column.longs()[row];
            values[row * stride + c] = value;
        }
    }

    private static LabelAxis range(long start, long step, int rows) {
        var labels = LongStream.range(0, rows).mapToObj(i -> Long.toString(start + i * step)).toList();
        return new LabelAxis(LabelType.INTEGER, labels);
    }

    private static String pandasType(JsonNode pandas, String fieldName) {
        for (JsonNode column : pandas.path("columns")) {
            if (fieldName.equals(column.path("field_name").asText(null))) {
                return column.path("pandas_type").asText("");
            }
        }
        return "";
    }

    private static LabelAxis labels(ParquetColumn column, String pandasType) {
        var labels = new ArrayList<String>(column.size());
        boolean timestamps = column.timeUnit() != TimeUnit.NONE || pandasType.startsWith("datetime");
        LabelType type = timestamps ? LabelType.TIMESTAMP
                : column.type() == PhysicalType.BYTE_ARRAY ? LabelType.STRING
                : column.doubles() != null ? LabelType.FLOAT : LabelType.INTEGER;
        for (int row = 0; row < column.size(); row++) {
            labels.add(label(column, row, type));
        }
        return new LabelAxis(type, labels);
    }

    private static String label(ParquetColumn column, int row, LabelType type) {
        if (column.nulls()[row]) {
            return type == LabelType.FLOAT ? "nan" : type == LabelType.TIMESTAMP ? "NaT" : "None";
        }
        return switch (type) {
            case TIMESTAMP -> timestamp(column.longs()[row], column.timeUnit());
            case STRING -> new String(column.binaries()[row], StandardCharsets.UTF_8);
            case FLOAT -> PythonFloats.repr(column.doubles()[row]);
            case INTEGER -> Long.toString(column.longs()[row]);
        };
    }

    private static String timestamp(long value, TimeUnit unit) {
        long perSecond = switch (unit) {
            case MILLIS -> 1_000L;
            case MICROS -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        var instant = Instant.ofEpochSecond(Math.floorDiv(value, perSecond), Math.floorMod(value, perSecond) * (1_000_000_000L / perSecond));
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    }
}
