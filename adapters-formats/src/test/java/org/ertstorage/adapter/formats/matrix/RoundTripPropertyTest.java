package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.ParquetInteroperabilityTest.assertValues;
import static org.ertstorage.adapter.formats.matrix.Tables.bytes;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RealizationRows;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;

/**
 * Property: any matrix survives an upload in every format followed by a download in every format
 * (4 x 4 pairs): {@code read_X(write_X(m))} is the stored matrix {@code u}, then
 * {@code read_Y(write_Y(table(u)))} is what a client gets. Values come back bit for bit (any NaN
 * for a NaN); shape and labels as each format defines them:
 * <ul>
 * <li>JSON and {@code .npy} carry no labels (reading gives none); JSON writes a one-row table as
 * that row, so it reads back one-dimensional; {@code .npy} keeps the table's two dimensions.</li>
 * <li>CSV and Parquet carry labels: column labels come back as strings (positions {@code "0"},
 * {@code "1"}, ... for unlabeled data). Parquet keeps the row labels and their type. CSV keeps
 * integer, float and string row labels (pandas {@code read_csv} infers the type from the text) and
 * turns timestamps into the text pandas prints ({@code 2021-01-01 12:00:00}, or the bare date when
 * every one is at midnight), read back as strings.</li>
 * </ul>
 * Generated: shapes 1x1, 1xN, Nx1, MxN and 1-D; NaN, infinities, -0.0, subnormals, extremes,
 * round decimals and random bit patterns; string column labels with commas, quotes, line breaks
 * and non-ASCII text; row labels of each {@link LabelType}. Row labels are generated in the
 * forms the formats produce (canonical integers, Python {@code repr} floats without NaN,
 * non-numeric strings, ISO timestamps within pandas' range); those are what a stored matrix holds.
 * <p>
 * Each case has its own seed, printed with a failure; replay it with
 * {@code -Droundtrip.seed=<seed> -Droundtrip.cases=1}.
 */
class RoundTripPropertyTest {

    private static final MatrixFormat[] FORMATS = MatrixFormat.values();
    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.longBitsToDouble(0x000f_ffff_ffff_ffffL),
        Double.MAX_VALUE, -Double.MAX_VALUE, 1e16, 9_999_999_999_999_998.0, 1e-4, 9.999999999999999e-5, 1e-5, 0.1, 1.0 / 3,
        123456789012345678.0, 5e-324, 2.2250738585072014e-308, 1e22, 1e23, -1.5};
    private static final String[] PIECES = {"a", "Z", "0", "7", ",", "\"", "'", " ", "\n", "\r\n", ";", "\t", "é", "ø", "日本",
        "😀", "#", "\\", "=", "-", ".", "e", "inf", "nan", "NA"};

    @Test
    void anyMatrix_survivesEveryUploadFormatTimesEveryDownloadFormat() {
        long seed = Long.getLong("roundtrip.seed", System.nanoTime());
        int cases = Integer.getInteger("roundtrip.cases", 400);
        var seeds = new Random(seed);
        for (int n = 0; n < cases; n++) {
            long caseSeed = n == 0 ? seed : seeds.nextLong();
            Matrix matrix = matrix(new Random(caseSeed));
            for (MatrixFormat upload : FORMATS) {
                for (MatrixFormat download : FORMATS) {
                    try {
                        Matrix stored = roundTrip(upload, table(matrix));
                        assertSame(expected(upload, table(matrix)), stored);
                        Matrix received = roundTrip(download, table(stored));
                        assertSame(expected(download, table(expected(upload, table(matrix)))), received);
                    } catch (AssertionError | RuntimeException e) {
                        fail("upload " + upload + ", download " + download + ", case seed " + caseSeed
                                + " (replay with -Droundtrip.seed=" + caseSeed + " -Droundtrip.cases=1): " + matrix, e);
                    }
                }
            }
        }
    }

    /**
     * Property: the streamed readers of large uploads ({@link NpyUpload}, {@link CsvRows#bulk}) give
     * what the whole-body readers give, values bit for bit: a {@code .npy} record's head and values,
     * and a CSV's rows with their values and column labels.
     */
    @Test
    void anyMatrix_readsTheSameStreamedAsWhole() throws IOException {
        long seed = Long.getLong("roundtrip.seed", System.nanoTime());
        var seeds = new Random(seed);
        for (int n = 0; n < Integer.getInteger("roundtrip.cases", 400); n++) {
            long caseSeed = n == 0 ? seed : seeds.nextLong();
            var table = table(matrix(new Random(caseSeed)));
            try {
                byte[] npy = bytes(MatrixFormat.NUMPY, table);
                var whole = MatrixFormat.NUMPY.read(npy);
                var streamed = NpyUpload.open(new ByteArrayInputStream(npy), OptionalLong.empty());
                assertEquals(whole.head(), streamed.head());
                var values = new double[whole.values().length];
                ByteBuffer.wrap(streamed.values().readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
                assertValues(whole.values(), values);

                byte[] csv = bytes(MatrixFormat.CSV, table);
                var rows = RealizationRows.rowsOf(MatrixFormat.CSV.read(csv)).iterator();
                var streamedRows = CsvRows.bulk(new ByteArrayInputStream(csv));
                while (rows.hasNext()) {
                    var row = rows.next();
                    var streamedRow = streamedRows.next();
                    assertValues(row.values(), streamedRow.values());
                    assertEquals(row.labels().orElseThrow().columns(), streamedRow.labels().orElseThrow().columns());
                }
                assertFalse(streamedRows.hasNext(), "more streamed rows than whole ones");
            } catch (AssertionError | RuntimeException e) {
                fail("case seed " + caseSeed + " (replay with -Droundtrip.seed=" + caseSeed + " -Droundtrip.cases=1)", e);
            }
        }
    }

    private static Matrix roundTrip(MatrixFormat format, RecordTable table) {
        return format.read(bytes(format, table));
    }

    /** What reading {@code format}'s encoding of {@code table} must give. */
    private static Matrix expected(MatrixFormat format, RecordTable table) {
        int rows = table.rowCount();
        int columns = table.columnCount();
        return switch (format) {
            case JSON -> Matrix.unlabeled(rows == 1 ? Shape.of(columns) : Shape.of(rows, columns), table.values());
            case NUMPY -> Matrix.unlabeled(Shape.of(rows, columns), table.values());
            case CSV -> new Matrix(Shape.of(rows, columns), table.values(),
                    Optional.of(new Labels(LabelAxis.strings(table.columns().values()), csvRows(table.rows()))));
            case PARQUET -> new Matrix(Shape.of(rows, columns), table.values(),
                    Optional.of(new Labels(LabelAxis.strings(table.columns().values()), table.rows())));
        };
    }

    private static LabelAxis csvRows(LabelAxis rows) {
        if (rows.type() != LabelType.TIMESTAMP) {
            return rows;
        }
        var times = rows.values().stream().map(LocalDateTime::parse).toList();
        boolean midnights = times.stream().allMatch(time -> time.toLocalTime().toNanoOfDay() == 0);
        return LabelAxis.strings(times.stream().map(time -> midnights ? time.toLocalDate().toString()
                : time.toLocalDate() + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(time)).toList());
    }

    private static void assertSame(Matrix expected, Matrix actual) {
        assertEquals(expected.shape(), actual.shape(), "shape");
        assertEquals(expected.labels(), actual.labels(), "labels");
        assertValues(expected.values(), actual.values());
    }

    // --- generators ------------------------------------------------------------------------------

    private static Matrix matrix(Random random) {
        int rows;
        int columns;
        switch (random.nextInt(5)) {
            case 0 -> {
                rows = 1;
                columns = 1;
            }
            case 1 -> {
                rows = 1;
                columns = 1 + random.nextInt(8);
            }
            case 2 -> {
                rows = 1 + random.nextInt(8);
                columns = 1;
            }
            default -> {
                rows = 1 + random.nextInt(8);
                columns = 1 + random.nextInt(8);
            }
        }
        var values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(random);
        }
        return switch (random.nextInt(4)) {
            case 0 -> Matrix.unlabeled(Shape.of(rows, columns), values);
            case 1 -> Matrix.unlabeled(Shape.of(values.length), values);
            default -> new Matrix(Shape.of(rows, columns), values,
                    Optional.of(new Labels(LabelAxis.strings(columnLabels(random, columns)), rowLabels(random, rows))));
        };
    }

    private static double value(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> SPECIAL[random.nextInt(SPECIAL.length)];
            case 2 -> Double.longBitsToDouble(random.nextLong());
            case 3 -> random.nextInt(2001) - 1000;
            case 4 -> (random.nextInt(200_001) - 100_000) / 1000.0;
            default -> random.nextGaussian() * Math.pow(10, random.nextInt(61) - 30);
        };
    }

    /** Distinct, non-empty column labels (pandas renames repeated and empty ones when reading CSV). */
    private static List<String> columnLabels(Random random, int count) {
        var labels = new LinkedHashSet<String>();
        while (labels.size() < count) {
            labels.add(text(random, 1 + random.nextInt(4)));
        }
        return new ArrayList<>(labels);
    }

    private static LabelAxis rowLabels(Random random, int count) {
        LabelType type = LabelType.values()[random.nextInt(LabelType.values().length)];
        var labels = new ArrayList<String>(count);
        long start = random.nextBoolean() ? random.nextInt(10) : random.nextLong();
        long step = random.nextInt(5) - 2;
        boolean range = random.nextBoolean();
        for (int i = 0; i < count; i++) {
            labels.add(switch (type) {
                case INTEGER -> Long.toString(range ? start + i * step : random.nextBoolean() ? random.nextInt(100) - 50 : random.nextLong());
                case FLOAT -> PythonFloats.repr(floatLabel(random));
                // A leading letter keeps the label text: pandas would read numbers or NA words as such.
                case STRING -> "r" + text(random, random.nextInt(4));
                case TIMESTAMP -> timestamp(random);
            });
        }
        return new LabelAxis(type, labels);
    }

    private static double floatLabel(Random random) {
        double value;
        do {
            value = value(random);
        } while (Double.isNaN(value));
        return value;
    }

    private static String timestamp(Random random) {
        // Within pandas' datetime64[ns] range (1677-09-21 to 2262-04-11).
        var time = LocalDateTime.of(1678 + random.nextInt(584), 1 + random.nextInt(12), 1 + random.nextInt(28), 0, 0);
        time = switch (random.nextInt(4)) {
            case 0 -> time;
            case 1 -> time.plusSeconds(random.nextInt(86_400));
            case 2 -> time.plusNanos(random.nextLong(86_400_000_000_000L));
            default -> time.plusNanos(random.nextInt(86_400_000) * 1_000_000L);
        };
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
    }

    private static String text(Random random, int pieces) {
        var text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
