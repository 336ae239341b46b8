package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.axis;
import static org.ertstorage.adapter.formats.matrix.Tables.bytes;
import static org.ertstorage.adapter.formats.matrix.Tables.labeled;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.PhysicalType;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.TimeUnit;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetFileReader;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParquetCodecTest {

    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-5, 0.1};

    private static Matrix roundTrip(Matrix matrix) {
        return MatrixFormat.PARQUET.read(bytes(MatrixFormat.PARQUET, table(matrix)));
    }

    @Test
    void givenUnlabeledTable_write_namesColumnsByPositionWithRangeIndex() {
        byte[] file = bytes(MatrixFormat.PARQUET, table(unlabeled(new int[] {2, 3}, SPECIAL)));
        var contents = ParquetFileReader.read(file);
        assertEquals(List.of("0", "1", "2"), contents.columns().stream().map(ParquetColumn::name).toList());
        contents.columns().forEach(column -> assertEquals(PhysicalType.DOUBLE, column.type()));
        assertEquals(2, contents.rowCount());
        assertEquals("{\"index_columns\":[{\"kind\":\"range\",\"name\":null,\"start\":0,\"stop\":2,\"step\":1}],"
                + "\"column_indexes\":[{\"name\":null,\"field_name\":null,\"pandas_type\":\"unicode\",\"numpy_type\":\"object\","
                + "\"metadata\":{\"encoding\":\"UTF-8\"}}],"
                + "\"columns\":[{\"name\":\"0\",\"field_name\":\"0\",\"pandas_type\":\"float64\",\"numpy_type\":\"float64\",\"metadata\":null},"
                + "{\"name\":\"1\",\"field_name\":\"1\",\"pandas_type\":\"float64\",\"numpy_type\":\"float64\",\"metadata\":null},"
                + "{\"name\":\"2\",\"field_name\":\"2\",\"pandas_type\":\"float64\",\"numpy_type\":\"float64\",\"metadata\":null}],"
                + "\"creator\":{\"library\":\"ert-storage-java\",\"version\":\"1\"},\"pandas_version\":\"2.2.3\"}",
                contents.metadata().get("pandas"));
        assertEquals("PAR1", new String(file, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("PAR1", new String(file, file.length - 4, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void givenUnlabeledTable_writeThenRead_keepsValuesWithPositionalLabels() {
        var again = roundTrip(unlabeled(new int[] {2, 3}, SPECIAL));
        assertEquals(Shape.of(2, 3), again.shape());
        assertArrayEquals(SPECIAL, again.values());
        assertEquals(new Labels(LabelAxis.strings(List.of("0", "1", "2")), axis(LabelType.INTEGER, "0", "1")), again.labels().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(LabelType.class)
    void givenIndexOfEachType_writeThenRead_keepsLabelsAndType(LabelType type) {
        var rows = switch (type) {
            case INTEGER -> axis(type, "3", "1", "-7");
            case FLOAT -> axis(type, "0.5", "1e-05", "-2.0");
            case STRING -> axis(type, "x", "ø", "");
            case TIMESTAMP -> axis(type, "2021-01-01T00:00:00", "1969-12-31T23:59:59.5", "2200-01-01T12:00:00");
        };
        var matrix = labeled(List.of("a", "b"), rows, SPECIAL);
        var again = roundTrip(matrix);
        assertEquals(matrix.labels(), again.labels());
        assertArrayEquals(SPECIAL, again.values());
    }

    @Test
    void givenLabeledIndex_write_storesItAsIndexColumnOfItsType() {
        var matrix = labeled(List.of("a"), axis(LabelType.TIMESTAMP, "2021-01-01T00:00:00"), 1);
        var contents = ParquetFileReader.read(bytes(MatrixFormat.PARQUET, table(matrix)));
        ParquetColumn index = contents.columns().get(1);
        assertEquals(ParquetTableWriter.INDEX_COLUMN, index.name());
        assertEquals(PhysicalType.INT64, index.type());
        assertEquals(TimeUnit.NANOS, index.timeUnit());
        assertEquals(1_609_459_200_000_000_000L, index.longs()[0]);
        String pandas = contents.metadata().get("pandas");
        assertEquals(true, pandas.startsWith("{\"index_columns\":[\"__index_level_0__\"]"));
        assertEquals(true, pandas.contains("{\"name\":null,\"field_name\":\"__index_level_0__\",\"pandas_type\":\"datetime\","
                + "\"numpy_type\":\"datetime64[ns]\",\"metadata\":null}"));
    }

    @Test
    void givenRealizationRows_write_usesARangeIndexWithItsStart() {
        var matrix = labeled(List.of("a"), axis(LabelType.INTEGER, "4", "6"), 1, 2);
        var contents = ParquetFileReader.read(bytes(MatrixFormat.PARQUET, table(matrix)));
        assertEquals(1, contents.columns().size());
        assertEquals(true, contents.metadata().get("pandas").contains("\"start\":4,\"stop\":8,\"step\":2"));
        assertEquals(matrix.labels(), MatrixFormat.PARQUET.read(bytes(MatrixFormat.PARQUET, table(matrix))).labels());
    }

    @Test
    void givenIntegerLabelsWhoseRangeOverflows_write_storesAnIndexColumn() {
        for (var rows : List.of(axis(LabelType.INTEGER, Long.toString(Long.MAX_VALUE)),
                axis(LabelType.INTEGER, Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE)))) {
            var matrix = labeled(List.of("a"), rows, new double[rows.size()]);
            var contents = ParquetFileReader.read(bytes(MatrixFormat.PARQUET, table(matrix)));
            assertEquals(ParquetTableWriter.INDEX_COLUMN, contents.columns().get(1).name());
            assertEquals(true, contents.metadata().get("pandas").startsWith("{\"index_columns\":[\"__index_level_0__\"]"));
            assertEquals(matrix.labels(), MatrixFormat.PARQUET.read(bytes(MatrixFormat.PARQUET, table(matrix))).labels());
        }
    }

    @Test
    void givenNonFiniteFloatLabels_writeThenRead_keepsThem() {
        // CSV and Parquet uploads store float labels as Python repr text: inf, -inf, nan.
        var matrix = labeled(List.of("a"), axis(LabelType.FLOAT, "inf", "-inf", "nan", "0.5"), 1, 2, 3, 4);
        assertEquals(matrix.labels(), roundTrip(matrix).labels());
    }

    @Test
    void givenThreeDimensions_write_throwsUnwritable() {
        var table = table(unlabeled(new int[] {1, 1, 2}, 1, 2));
        var e = assertThrows(UnwritableTable.class, () -> bytes(MatrixFormat.PARQUET, table));
        assertEquals("Parquet output supports at most 2 dimensions", e.getMessage());
    }

    @Test
    void givenNotParquet_read_throwsUndecodable() {
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.PARQUET.read("PAR1 nonsense PAR1".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.PARQUET.read(new byte[0]));
    }

    @Test
    void givenSingleRowRead_write_hasTheRealizationAsRangeStart() {
        var matrix = labeled(List.of("a", "b"), axis(LabelType.STRING, "r0", "r1"), 1, 2, 3, 4);
        var table = org.ertstorage.domain.record.RecordTable.row(matrix, 1, Optional.empty());
        var again = MatrixFormat.PARQUET.read(bytes(MatrixFormat.PARQUET, table));
        assertEquals(axis(LabelType.INTEGER, "1"), again.labels().orElseThrow().rows());
        assertArrayEquals(new double[] {3, 4}, again.values());
    }
}
