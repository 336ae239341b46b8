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
 * Writes a flat Parquet file (format 2 metadata) in the simplest form every reader accepts: one
 * row group, one uncompressed PLAIN data page (v1) per required column, streamed column after
 * column, then the footer with the key-value metadata.
 */
public final class ParquetFileWriter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
    private static final int PLAIN = 0;
    private static final int RLE = 3;
    private static final int REQUIRED = 0;

    private ParquetFileWriter() {
    }

    public static void write(OutputStream out, List<OutputColumn> columns, int rows, Map<String, String> metadata) throws IOException {
        var counting = new CountingOutput(out);
        counting.write(MAGIC);
        var offsets = new ArrayList<Long>();
        var sizes = new ArrayList<Integer>();
        for (OutputColumn column : columns) {
            offsets.add(counting.count());
            int dataSize = column.dataSize();
            byte[] header = new ThriftWriter()
                    .i32(1, 0).i32(2, dataSize).i32(3, dataSize)
                    .beginStruct(5).i32(1, rows).i32(2, PLAIN).i32(3, RLE).i32(4, RLE).end()
                    .end().toByteArray();
            counting.write(header);
            column.writeData(counting);
            sizes.add(header.length + dataSize);
        }
        byte[] footer = footer(columns, rows, metadata, offsets, sizes, counting.count());
        counting.write(footer);
        counting.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
        counting.write(MAGIC);
        counting.flush();
    }

    private static byte[] footer(List<OutputColumn> columns, int rows, Map<String, String> metadata,
            List<Long> offsets, List<Integer> sizes, long footerOffset) {
        var w = new ThriftWriter().i32(1, 2);
        w.beginList(2, ThriftWriter.STRUCT, columns.size() + 1);
        w.beginElement().string(4, "schema").i32(5, columns.size()).end();
        for (OutputColumn column : columns) {
            w.beginElement().i32(1, column.physicalType()).i32(3, REQUIRED).string(4, column.name());
            column.annotate(w);
            w.end();
        }
        w.i64(3, rows);
        w.beginList(4, ThriftWriter.STRUCT, 1).beginElement();
        w.beginList(1, ThriftWriter.STRUCT, columns.size());
        long total = 0;
        for (int i = 0; i < columns.size(); i++) {
            OutputColumn column = columns.get(i);
            total += sizes.get(i);
            w.beginElement().i64(2, offsets.get(i)).beginStruct(3)
                    .i32(1, column.physicalType())
                    .beginList(2, ThriftWriter.I32, 2).i32Element(PLAIN).i32Element(RLE)
                    .beginList(3, ThriftWriter.BINARY, 1).stringElement(column.name())
                    .i32(4, 0).i64(5, rows).i64(6, sizes.get(i)).i64(7, sizes.get(i)).i64(9, offsets.get(i))
                    .end().end();
        }
        w.i64(2, total).i64(3, rows).i64(5, offsets.isEmpty() ? footerOffset : offsets.getFirst()).i64(6, total).end();
        w.beginList(5, ThriftWriter.STRUCT, metadata.size());
        metadata.forEach((key, value) -> w.beginElement().string(1, key).string(2, value).end());
        w.string(6, "ert-storage-java");
        return w.end().toByteArray();
    }

    /** An output stream that knows how many bytes went through it, for the footer's offsets. */
    private static final class CountingOutput extends OutputStream {
        private final OutputStream out;
        private long count;

        CountingOutput(OutputStream out) {
            this.out = out;
        }

        long count() {
            return count;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
