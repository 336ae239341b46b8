package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.axis;
import static org.ertstorage.adapter.formats.matrix.Tables.bytes;
import static org.ertstorage.adapter.formats.matrix.Tables.labeled;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Parquet checked against a second, independent implementation: DuckDB (its own C++ Parquet
 * reader and writer, through JDBC, test scope only). DuckDB reads what {@link ParquetTableWriter}
 * writes, bit for bit, and {@link ParquetMatrixReader} reads what DuckDB writes with each codec and
 * encoding it offers, or refuses it with {@link UndecodableMatrix} (never misreads it).
 */
class ParquetInteroperabilityTest {

    /** Special values, repeated in the dictionary cases so that DuckDB chooses a dictionary. */
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.longBitsToDouble(0x000f_ffff_ffff_ffffL),
        Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1e-5, 1e16, -1.0 / 3};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Connection duckdb;
    private static int files;

    @BeforeAll
    static void open() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterAll
    static void close() throws SQLException {
        duckdb.close();
    }

    // --- our writer, DuckDB's reader -------------------------------------------------------------

    /** A stacked read written in many row groups (small bounds stand in for a large table), index column in each. */
    @Test
    void givenRowGroupsOfBoundedSize_duckdbRead_seesEveryRowOfEveryGroup() throws Exception {
        int rowCount = 1000;
        var labels = new ArrayList<String>();
        for (int i = 0; i < rowCount; i++) {
            labels.add("r" + i);
        }
        var table = table(labeled(List.of("a", "b", "c"), new LabelAxis(LabelType.STRING, labels),
                randomBits(new Random(3), 3 * rowCount)));
        var out = new java.io.ByteArrayOutputStream();
        // 4 columns with the index: 256 values make row groups of 64 rows, 16 of them.
        new ParquetTableWriter(256, 1000).write(Tables.inBlocks(table, 7), out);
        Path file = file();
        Files.write(file, out.toByteArray());

        try (var groups = query("SELECT COUNT(DISTINCT row_group_id) FROM parquet_metadata('" + file + "')")) {
            groups.next();
            assertEquals(16, groups.getInt(1));
        }
        try (var rows = query("SELECT a, b, c, " + ParquetTableWriter.INDEX_COLUMN + " FROM read_parquet('" + file + "')")) {
            int row = 0;
            for (; rows.next(); row++) {
                for (int c = 0; c < 3; c++) {
                    assertBits(table.values()[row * 3 + c], rows.getDouble(c + 1), "row " + row + " column " + c);
                }
                assertEquals(labels.get(row), rows.getString(4), "index of row " + row);
            }
            assertEquals(rowCount, row);
        }
        var read = MatrixFormat.PARQUET.read(out.toByteArray());
        assertValues(table.values(), read.values());
        assertEquals(labels, read.labels().orElseThrow().rows().values());
    }


    static Stream<Arguments> ourFiles() {
        var random = new Random(20_240_601);
        return Stream.of(
                Arguments.of("unlabeled 3x5 specials", unlabeled(new int[] {3, 5}, SPECIAL)),
                Arguments.of("1x1", unlabeled(new int[] {1, 1}, -0.0)),
                Arguments.of("1-D", unlabeled(new int[] {4}, 1, Double.NaN, Double.MIN_VALUE, -0.0)),
                Arguments.of("3000x2 random bits", unlabeled(new int[] {3000, 2}, randomBits(random, 6000))),
                // Columns longer than the writer's 64 KiB buffer, and a wide file of many buffers' worth.
                Arguments.of("10000x3 random bits", unlabeled(new int[] {10_000, 3}, randomBits(random, 30_000))),
                Arguments.of("100x1000 random bits", unlabeled(new int[] {100, 1000}, randomBits(random, 100_000))),
                Arguments.of("integer index", labeled(List.of("a", "b,c", "ø \"q\""), axis(LabelType.INTEGER, "5", "-3"),
                        1, 2, 3, Double.NaN, Double.NEGATIVE_INFINITY, -0.0)),
                Arguments.of("integer extremes", labeled(List.of("x"), axis(LabelType.INTEGER,
                        Long.toString(Long.MAX_VALUE), Long.toString(Long.MIN_VALUE)), 1, 2)),
                Arguments.of("largest integer alone", labeled(List.of("x"), axis(LabelType.INTEGER, Long.toString(Long.MAX_VALUE)), 1)),
                Arguments.of("integer range from 7 step 2", labeled(List.of("x"), axis(LabelType.INTEGER, "7", "9", "11"), 1, 2, 3)),
                Arguments.of("float index", labeled(List.of("x", "y"), axis(LabelType.FLOAT, "0.5", "-0.0", "1e-05"), SPECIAL[0],
                        SPECIAL[1], SPECIAL[2], SPECIAL[3], SPECIAL[5], SPECIAL[9])),
                Arguments.of("string index", labeled(List.of("日本", "😀"), axis(LabelType.STRING, "r0", "ü,\n\"", ""), 1, 2, 3, 4, 5, 6)),
                // pandas' largest Timestamp is 2262-04-11T23:47:16.854775807, but DuckDB reads that
                // int64 maximum as its 'infinity' timestamp, so the case stops one nanosecond short.
                Arguments.of("timestamp index", labeled(List.of("t"), axis(LabelType.TIMESTAMP, "2021-01-01T00:00:00",
                        "1969-12-31T23:59:59.5", "1677-09-22T00:00:00.000000001", "2262-04-11T23:47:16.854775806"), 1, 2, 3, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ourFiles")
    void givenOurParquet_duckdbRead_seesTheSameColumnsValuesAndIndex(String name, Matrix matrix) throws Exception {
        RecordTable table = table(matrix);
        Path file = file();
        Files.write(file, bytes(MatrixFormat.PARQUET, table));
        boolean rangeIndex = table.rows().type() == LabelType.INTEGER && isArithmetic(table.rows().values());

        var expectedNames = new ArrayList<>(table.columns().values());
        if (!rangeIndex) {
            expectedNames.add(ParquetTableWriter.INDEX_COLUMN);
        }
        try (var rows = query("SELECT * FROM read_parquet('" + file + "')")) {
            var meta = rows.getMetaData();
            var names = new ArrayList<String>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                names.add(meta.getColumnName(c));
            }
            assertEquals(expectedNames, names);
            int row = 0;
            for (; rows.next(); row++) {
                for (int c = 0; c < table.columnCount(); c++) {
                    assertBits(table.values()[row * table.columnCount() + c], rows.getDouble(c + 1), "row " + row + " column " + c);
                }
            }
            assertEquals(table.rowCount(), row);
        }
        assertSchema(file, table, rangeIndex);
        assertPandasMetadata(file, table, rangeIndex);
        if (!rangeIndex) {
            assertIndexValues(file, table.rows());
        }
    }

    private static void assertSchema(Path file, RecordTable table, boolean rangeIndex) throws SQLException {
        var expected = new ArrayList<String>();
        table.columns().values().forEach(label -> expected.add(label + ":DOUBLE:REQUIRED"));
        if (!rangeIndex) {
            String physical = switch (table.rows().type()) {
                case INTEGER, TIMESTAMP -> "INT64";
                case FLOAT -> "DOUBLE";
                case STRING -> "BYTE_ARRAY";
            };
            expected.add(ParquetTableWriter.INDEX_COLUMN + ":" + physical + ":REQUIRED");
        }
        var actual = new ArrayList<String>();
        try (var rows = query("SELECT name, type, repetition_type, duckdb_type FROM parquet_schema('" + file + "') WHERE num_children IS NULL OR num_children = 0")) {
            while (rows.next()) {
                actual.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getString(3));
                if (table.rows().type() == LabelType.TIMESTAMP && ParquetTableWriter.INDEX_COLUMN.equals(rows.getString(1))) {
                    assertEquals("TIMESTAMP_NS", rows.getString(4));
                }
                if (table.rows().type() == LabelType.STRING && ParquetTableWriter.INDEX_COLUMN.equals(rows.getString(1))) {
                    assertEquals("VARCHAR", rows.getString(4));
                }
            }
        }
        assertEquals(expected, actual);
    }

    private static void assertPandasMetadata(Path file, RecordTable table, boolean rangeIndex) throws Exception {
        String pandas;
        try (var rows = query("SELECT decode(value) FROM parquet_kv_metadata('" + file + "') WHERE decode(key) = 'pandas'")) {
            assertTrue(rows.next(), "a 'pandas' key");
            pandas = rows.getString(1);
            assertFalse(rows.next());
        }
        JsonNode metadata = JSON.readTree(pandas);
        JsonNode indexes = metadata.get("index_columns");
        assertEquals(1, indexes.size());
        JsonNode index = indexes.get(0);
        if (rangeIndex) {
            assertEquals("range", index.get("kind").asText());
            var start = index.get("start").bigIntegerValue();
            var step = index.get("step").bigIntegerValue();
            var stop = index.get("stop").bigIntegerValue();
            assertEquals(table.rows().values().getFirst(), start.toString());
            // pandas' RangeIndex: stop = start + rows * step, in int64.
            assertEquals(start.add(step.multiply(BigInteger.valueOf(table.rowCount()))), stop);
        } else {
            assertEquals(ParquetTableWriter.INDEX_COLUMN, index.asText());
        }
        var fieldNames = new ArrayList<String>();
        metadata.get("columns").forEach(column -> fieldNames.add(column.get("field_name").asText()));
        var expected = new ArrayList<>(table.columns().values());
        if (!rangeIndex) {
            expected.add(ParquetTableWriter.INDEX_COLUMN);
        }
        assertEquals(expected, fieldNames);
        for (JsonNode column : metadata.get("columns")) {
            if (!column.get("field_name").asText().equals(ParquetTableWriter.INDEX_COLUMN)) {
                assertEquals("float64", column.get("pandas_type").asText());
                assertEquals(column.get("field_name").asText(), column.get("name").asText());
            }
        }
    }

    private static void assertIndexValues(Path file, LabelAxis labels) throws SQLException {
        String expression = labels.type() == LabelType.TIMESTAMP ? "epoch_ns(__index_level_0__)" : "__index_level_0__";
        try (var rows = query("SELECT " + expression + " FROM read_parquet('" + file + "')")) {
            for (String label : labels.values()) {
                assertTrue(rows.next());
                switch (labels.type()) {
                    case INTEGER -> assertEquals(Long.parseLong(label), rows.getLong(1));
                    case FLOAT -> assertBits(Double.parseDouble(label), rows.getDouble(1), "index " + label);
                    case STRING -> assertEquals(label, rows.getString(1));
                    case TIMESTAMP -> {
                        var time = LocalDateTime.parse(label);
                        assertEquals(time.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + time.getNano(), rows.getLong(1));
                    }
                }
            }
            assertFalse(rows.next());
        }
    }

    // --- DuckDB's writer, our reader -------------------------------------------------------------

    /** The codecs and dictionary choices our reader supports; each must read back exactly. */
    enum Readable {
        SNAPPY("COMPRESSION snappy", true),
        SNAPPY_PLAIN("COMPRESSION snappy, DICTIONARY_SIZE_LIMIT 1", false),
        GZIP("COMPRESSION gzip", true),
        GZIP_PLAIN("COMPRESSION gzip, DICTIONARY_SIZE_LIMIT 1", false),
        UNCOMPRESSED("COMPRESSION uncompressed", true),
        UNCOMPRESSED_PLAIN("COMPRESSION uncompressed, DICTIONARY_SIZE_LIMIT 1", false),
        /** Parquet format v2 (RLE_DICTIONARY) for dictionary-friendly data: supported. */
        V2_DICTIONARY("COMPRESSION snappy, PARQUET_VERSION v2", true);

        final String options;
        final boolean dictionary;

        Readable(String options, boolean dictionary) {
            this.options = options;
            this.dictionary = dictionary;
        }
    }

    @ParameterizedTest
    @EnumSource(Readable.class)
    void givenDuckdbParquet_read_givesTheValuesWithRangeIndex(Readable variant) throws Exception {
        // 5000 rows from a pool of special values: DuckDB picks a dictionary unless told not to,
        // and ROW_GROUP_SIZE splits the file into three row groups.
        var random = new Random(variant.ordinal());
        var values = new double[5000 * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = SPECIAL[random.nextInt(SPECIAL.length)];
        }
        var matrix = MatrixFormat.PARQUET.read(viaDuckdb(unlabeled(new int[] {5000, 2}, values), variant.options + ", ROW_GROUP_SIZE 2048"));

        assertValues(values, matrix.values());
        assertEquals(LabelAxis.strings(List.of("0", "1")), matrix.labels().orElseThrow().columns());
        assertEquals(RecordTable.of(List.of(new RecordTable.Part(unlabeled(new int[] {5000, 1}, new double[5000]),
                java.util.Optional.empty())), java.util.Optional.empty()).rows(), matrix.labels().orElseThrow().rows());
        List<String> encodings = encodings(lastFile());
        assertEquals(variant.dictionary, encodings.stream().allMatch(e -> e.contains("DICTIONARY")), encodings.toString());
        assertTrue(rowGroups(lastFile()) > 1);
    }

    @ParameterizedTest
    @EnumSource(value = Readable.class, names = "V2_DICTIONARY", mode = EnumSource.Mode.EXCLUDE)
    void givenDuckdbParquetOfRandomBits_read_givesTheSameBits(Readable variant) throws Exception {
        double[] values = randomBits(new Random(100 + variant.ordinal()), 300);
        var matrix = MatrixFormat.PARQUET.read(viaDuckdb(unlabeled(new int[] {100, 3}, values), variant.options));
        assertValues(values, matrix.values());
    }

    /** What DuckDB can write that we do not read: refused, never misread. */
    enum Refused {
        ZSTD("COMPRESSION zstd"),
        LZ4_RAW("COMPRESSION lz4_raw"),
        BROTLI("COMPRESSION brotli"),
        /** Parquet format v2 writes high-cardinality doubles with BYTE_STREAM_SPLIT. */
        V2_BYTE_STREAM_SPLIT("COMPRESSION snappy, PARQUET_VERSION v2, DICTIONARY_SIZE_LIMIT 1");

        final String options;

        Refused(String options) {
            this.options = options;
        }
    }

    @ParameterizedTest
    @EnumSource(Refused.class)
    void givenDuckdbParquetWeCannotDecode_read_refusesIt(Refused variant) throws Exception {
        byte[] file = viaDuckdb(unlabeled(new int[] {100, 3}, randomBits(new Random(7), 300)), variant.options);
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.PARQUET.read(file));
    }

    @Test
    void givenDuckdbParquetWithIntegerIndexWithoutPandasMetadata_read_keepsItAsAColumnAndNumbersRows() throws Exception {
        byte[] file = duckdbCopy("SELECT (i * 10)::INTEGER AS k, CASE WHEN i % 3 = 0 THEN NULL ELSE i / 4 END AS \"v,1\" FROM range(6) r(i)",
                "COMPRESSION snappy");
        var matrix = MatrixFormat.PARQUET.read(file);
        assertEquals(LabelAxis.strings(List.of("k", "v,1")), matrix.labels().orElseThrow().columns());
        assertEquals(axis(LabelType.INTEGER, "0", "1", "2", "3", "4", "5"), matrix.labels().orElseThrow().rows());
        assertValues(new double[] {0, Double.NaN, 10, 0.25, 20, 0.5, 30, Double.NaN, 40, 1.0, 50, 1.25}, matrix.values());
    }

    static Stream<Arguments> duckdbIndexes() {
        return Stream.of(
                Arguments.of("BIGINT", "(i * 7 - 3)::BIGINT", "int64", axis(LabelType.INTEGER, "-3", "4", "11")),
                Arguments.of("DOUBLE", "CASE i WHEN 0 THEN 'inf'::DOUBLE ELSE i / 8 END", "float64", axis(LabelType.FLOAT, "inf", "0.125", "0.25")),
                Arguments.of("VARCHAR", "'r' || i || ',\"ü'", "unicode", axis(LabelType.STRING, "r0,\"ü", "r1,\"ü", "r2,\"ü")),
                Arguments.of("TIMESTAMP_NS", "CASE i WHEN 0 THEN TIMESTAMP_NS '2021-03-04 05:06:07.123456789' WHEN 1 THEN TIMESTAMP_NS '2021-03-05 05:06:07.123456789' "
                        + "ELSE TIMESTAMP_NS '2021-03-06 05:06:07.123456789' END", "datetime",
                        axis(LabelType.TIMESTAMP, "2021-03-04T05:06:07.123456789", "2021-03-05T05:06:07.123456789", "2021-03-06T05:06:07.123456789")),
                Arguments.of("TIMESTAMP (micros)", "TIMESTAMP '1969-12-31 23:59:59.5' + to_days(i::INTEGER)", "datetime",
                        axis(LabelType.TIMESTAMP, "1969-12-31T23:59:59.5", "1970-01-01T23:59:59.5", "1970-01-02T23:59:59.5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duckdbIndexes")
    void givenDuckdbParquetWithPandasMetadata_read_takesTheIndexWithItsType(String name, String index, String pandasType, LabelAxis expected)
            throws Exception {
        String pandas = "{\"index_columns\": [\"__index_level_0__\"], \"columns\": [{\"name\": \"a\", \"field_name\": \"a\", "
                + "\"pandas_type\": \"float64\"}, {\"name\": null, \"field_name\": \"__index_level_0__\", \"pandas_type\": \"" + pandasType + "\"}]}";
        byte[] file = duckdbCopy("SELECT CASE WHEN i = 1 THEN NULL ELSE -i::DOUBLE END AS a, " + index + " AS __index_level_0__ FROM range(3) r(i)",
                "COMPRESSION snappy, KV_METADATA {pandas: '" + pandas + "'}");
        var matrix = MatrixFormat.PARQUET.read(file);
        assertEquals(LabelAxis.strings(List.of("a")), matrix.labels().orElseThrow().columns());
        assertEquals(expected, matrix.labels().orElseThrow().rows());
        assertValues(new double[] {-0.0, Double.NaN, -2.0}, matrix.values());
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Our Parquet of {@code matrix}, loaded into DuckDB and written again by DuckDB with {@code options}. */
    private static byte[] viaDuckdb(Matrix matrix, String options) throws Exception {
        Path ours = file();
        Files.write(ours, bytes(MatrixFormat.PARQUET, table(matrix)));
        return duckdbCopy("SELECT * FROM read_parquet('" + ours + "')", options);
    }

    private static byte[] duckdbCopy(String select, String options) throws SQLException, IOException {
        Path theirs = file();
        try (Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (" + select + ") TO '" + theirs + "' (FORMAT PARQUET, " + options + ")");
        }
        return Files.readAllBytes(theirs);
    }

    private static List<String> encodings(Path file) throws SQLException {
        var encodings = new ArrayList<String>();
        try (var rows = query("SELECT encodings FROM parquet_metadata('" + file + "')")) {
            while (rows.next()) {
                encodings.add(rows.getString(1));
            }
        }
        return encodings;
    }

    private static long rowGroups(Path file) throws SQLException {
        try (var rows = query("SELECT count(DISTINCT row_group_id) FROM parquet_metadata('" + file + "')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static ResultSet query(String sql) throws SQLException {
        // DuckDB closes the statement with its result set.
        Statement statement = duckdb.createStatement();
        statement.closeOnCompletion();
        return statement.executeQuery(sql);
    }

    private static Path file() {
        return dir.resolve("f" + (++files) + ".parquet");
    }

    private static Path lastFile() {
        return dir.resolve("f" + files + ".parquet");
    }

    /** Whether integer labels form a RangeIndex: equal non-zero steps, with start, step and stop in int64. */
    private static boolean isArithmetic(List<String> labels) {
        var start = new BigInteger(labels.getFirst());
        var step = labels.size() < 2 ? BigInteger.ONE : new BigInteger(labels.get(1)).subtract(start);
        for (int i = 1; i < labels.size(); i++) {
            if (!new BigInteger(labels.get(i)).subtract(new BigInteger(labels.get(i - 1))).equals(step) || step.signum() == 0) {
                return false;
            }
        }
        var stop = start.add(step.multiply(BigInteger.valueOf(labels.size())));
        return Stream.of(start, step, stop).allMatch(n -> n.bitLength() < 64);
    }

    static double[] randomBits(Random random, int count) {
        var values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = i % 4 == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : Double.longBitsToDouble(random.nextLong());
        }
        return values;
    }

    /** Bit for bit, except that any NaN equals any NaN (payloads are not part of the contract). */
    static void assertBits(double expected, double actual, String where) {
        if (Double.isNaN(expected) && Double.isNaN(actual)) {
            return;
        }
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                where + ": expected " + expected + " got " + actual);
    }

    static void assertValues(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, "number of values");
        for (int i = 0; i < expected.length; i++) {
            assertBits(expected[i], actual[i], "value " + i);
        }
    }
}
