package org.ertstorage.adapter.formats.matrix.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a flat Parquet file (format 2 metadata) in the simplest form every reader accepts:
 * row groups of one uncompressed PLAIN data page (v1) per required column, each streamed column
 * after column as it is given, then the footer with the key-value metadata. Only the footer's
 * offsets and sizes are kept between row groups.
 */
public final class ParquetFileWriter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int REQUIRED = 0;

    /** Where one row group's column chunks went. */
    private record RowGroup(int rows, long[] offsets, long[] sizes) {
    }

    private final CountingOutput out;
    private final List<RowGroup> rowGroups = new ArrayList<>();
    private List<OutputColumn> schema;

    /** Starts a file on {@code out}; every row group must have the columns of the first. */
    public ParquetFileWriter(OutputStream out) throws IOException {
        this.out = new CountingOutput(out);
        this.out.write(MAGIC);
    }

    /** One file of a single row group. */
    public static void write(OutputStream out, List<OutputColumn> columns, int rows, Map<String, String> metadata) throws IOException {
        var writer = new ParquetFileWriter(out);
        writer.rowGroup(columns, rows);
        writer.finish(metadata);
    }

    public void rowGroup(List<OutputColumn> columns, int rows) throws IOException {
        if (schema == null) {
            schema = List.copyOf(columns);
        }
        var offsets = new long[columns.size()];
        var sizes = new long[columns.size()];
        // Columns of one row group mostly share their page header: it is encoded once per data size.
        byte[] header = null;
        int headerSize = -1;
        for (int i = 0; i < columns.size(); i++) {
            OutputColumn column = columns.get(i);
            offsets[i] = out.count();
            int dataSize = column.dataSize();
            if (dataSize != headerSize) {
                header = new ThriftWriter()
                        .i32(1, 0).i32(2, dataSize).i32(3, dataSize)
                        .beginStruct(5).i32(1, rows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                        .end().toByteArray();
                headerSize = dataSize;
            }
            out.write(header);
            column.writeData(out);
            sizes[i] = header.length + (long) dataSize;
        }
        rowGroups.add(new RowGroup(rows, offsets, sizes));
    }

    /** Writes the footer, after at least one row group (a file of no rows has one empty row group, as pyarrow writes it). */
    public void finish(Map<String, String> metadata) throws IOException {
        if (schema == null) {
            throw new IllegalStateException("A Parquet file needs at least one row group");
        }
        int footerLength = footer(schema, metadata);
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footerLength).array());
        out.write(MAGIC);
        out.flush();
    }

    /** Writes the footer a row group at a time (a wide table's is long) and returns its length. */
    private int footer(List<OutputColumn> columns, Map<String, String> metadata) throws IOException {
        long footerOffset = out.count();
        int length = 0;
        var w = new ThriftWriter().i32(1, 2);
        w.beginList(2, ThriftWriter.STRUCT, columns.size() + 1);
        w.beginElement().string(4, "schema").i32(5, columns.size()).end();
        for (OutputColumn column : columns) {
            w.beginElement().i32(1, column.physicalType()).i32(3, REQUIRED).string(4, column.name());
            column.annotate(w);
            w.end();
        }
        long rows = rowGroups.stream().mapToLong(RowGroup::rows).sum();
        w.i64(3, rows);
        w.beginList(4, ThriftWriter.STRUCT, rowGroups.size());
        for (RowGroup group : rowGroups) {
            w.beginElement();
            w.beginList(1, ThriftWriter.STRUCT, group.offsets().length);
            long total = 0;
            for (int i = 0; i < group.offsets().length; i++) {
                OutputColumn column = columns.get(i);
                long offset = group.offsets()[i];
                long size = group.sizes()[i];
                total += size;
                w.beginElement().i64(2, offset).beginStruct(3)
                        .i32(1, column.physicalType())
                        .beginList(2, ThriftWriter.I32, 2).i32Element(PLAIN).i32Element(RLE)
                        .beginList(3, ThriftWriter.BINARY, 1).stringElement(column.name())
                        .i32(4, 0).i64(5, group.rows()).i64(6, size).i64(7, size).i64(9, offset)
                        .end().end();
            }
            long first = group.offsets().length == 0 ? footerOffset : group.offsets()[0];
            w.i64(2, total).i64(3, group.rows()).i64(5, first).i64(6, total).end();
            length += w.drainTo(out);
        }
        w.beginList(5, ThriftWriter.STRUCT, metadata.size());
        metadata.forEach((key, value) -> w.beginElement().string(1, key).string(2, value).end());
        w.string(6, "ert-storage-java");
        return length + w.end().drainTo(out);
    }

    /**
     * A buffer in front of the response that counts the bytes through it, for the footer's
     * offsets. A wide table writes a page header and a short column per column: unbuffered, a
     * 1,000-column table was some 3,000 small writes to the response.
     */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 16];
        private int buffered;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            if (buffered == buffer.length) {
                drain();
            }
            buffer[buffered++] = (byte) b;
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > buffer.length - buffered) {
                drain();
                if (len >= buffer.length) {
                    out.write(b, off, len);
                    count += len;
                    return;
                }
            }
            System.arraycopy(b, off, buffer, buffered, len);
            buffered += len;
            count += len;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            if (buffered > 0) {
                out.write(buffer, 0, buffered);
                buffered = 0;
            }
        }
    }
}
