package org.ertstorage.adapter.formats.matrix.parquet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.PhysicalType;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.TimeUnit;

/**
 * Reads the flat Parquet files pandas writes through pyarrow: every row group, data pages v1
 * and v2, PLAIN and dictionary encodings, optional or required columns, uncompressed, SNAPPY
 * (pyarrow's default) or GZIP. Other codecs and encodings, and nested schemas, are refused with
 * {@link IllegalArgumentException}.
 */
public final class ParquetFileReader {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** What a file holds: its flat columns in schema order and its key-value metadata. */
    public record Contents(List<ParquetColumn> columns, Map<String, String> metadata, long rowCount) {
    }

    private ParquetFileReader() {
    }

    public static Contents read(byte[] file) {
        if (file.length < 12 || !Arrays.equals(file, 0, 4, MAGIC, 0, 4) || !Arrays.equals(file, file.length - 4, file.length, MAGIC, 0, 4)) {
            throw new IllegalArgumentException("not a Parquet file");
        }
        int footerLength = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (footerLength <= 0 || footerLength > file.length - 12) {
            throw new IllegalArgumentException("bad Parquet footer length");
        }
        ThriftStruct footer = new ThriftReader(ByteBuffer.wrap(file, file.length - 8 - footerLength, footerLength)).struct();
        List<ThriftStruct> schema = footer.list(2);
        long rows = footer.integer(3);
        var metadata = new LinkedHashMap<String, String>();
        for (ThriftStruct keyValue : footer.<ThriftStruct>list(5)) {
            metadata.put(keyValue.string(1), keyValue.has(2) ? keyValue.string(2) : "");
        }
        if (rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many rows");
        }
        var columns = new ArrayList<ParquetColumn>();
        for (int leaf = 1; leaf < schema.size(); leaf++) {
            ThriftStruct element = schema.get(leaf);
            if (element.optionalInteger(5).orElse(0L) > 0 || element.optionalInteger(3).orElse(0L) == 2) {
                throw new IllegalArgumentException("nested or repeated Parquet columns are not a matrix");
            }
            columns.add(readColumn(file, footer.list(4), leaf - 1, element, (int) rows));
        }
        return new Contents(columns, metadata, rows);
    }

    private static ParquetColumn readColumn(byte[] file, List<ThriftStruct> rowGroups, int index, ThriftStruct element, int rows) {
        var type = PhysicalType.values()[(int) element.integer(1)];
        boolean optional = element.optionalInteger(3).orElse(0L) == 1;
        var values = new ColumnValues(type, rows);
        for (ThriftStruct rowGroup : rowGroups) {
            ThriftStruct chunk = rowGroup.<ThriftStruct>list(1).get(index);
            ThriftStruct meta = chunk.struct(3).orElseThrow(() -> new IllegalArgumentException("column chunk without metadata"));
            new ChunkReader(file, meta, type, optional, values).read();
        }
        if (values.size() != rows) {
            throw new IllegalArgumentException("column " + element.string(4) + " has " + values.size() + " values for " + rows + " rows");
        }
        return values.column(element.string(4), timeUnit(element));
    }

    private static TimeUnit timeUnit(ThriftStruct element) {
        var timestamp = element.struct(10).flatMap(logical -> logical.struct(8));
        if (timestamp.isPresent()) {
            var unit = timestamp.get().struct(2).orElseThrow();
            return unit.has(1) ? TimeUnit.MILLIS : unit.has(2) ? TimeUnit.MICROS : TimeUnit.NANOS;
        }
        return switch (element.optionalInteger(6).orElse(-1L).intValue()) {
            case 9 -> TimeUnit.MILLIS;
            case 10 -> TimeUnit.MICROS;
            default -> TimeUnit.NONE;
        };
    }

    static byte[] decompress(int codec, byte[] file, int from, int length, int uncompressed) {
        return switch (codec) {
            case 0 -> Arrays.copyOfRange(file, from, from + length);
            case 1 -> Snappy.decompress(file, from, from + length);
            case 2 -> gunzip(file, from, length);
            default -> throw new IllegalArgumentException("Parquet codec " + codec + " is not supported (use snappy, gzip or none)");
        };
    }

    private static byte[] gunzip(byte[] file, int from, int length) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(file, from, length))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
