package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.ertstorage.domain.record.StreamedTable;

/**
 * NumPy {@code .npy} downloads, version 1.0, exactly as {@code numpy.save} lays them out (API.md
 * 6.5.4): the header dict, padded with NumPy's room for the first axis to grow and to a multiple
 * of 64 bytes, then little-endian float64 in C order. The shape is the table's, never flattened.
 */
final class NpyTableWriter implements TableWriter {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** numpy.lib.format.GROWTH_AXIS_MAX_DIGITS: room for the first dimension to grow in place. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final int ALIGNMENT = 64;

    @Override
    public void write(StreamedTable table, OutputStream out) throws IOException {
        var layout = table.layout();
        out.write(header(layout.shape()));
        var buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        var doubles = buffer.asDoubleBuffer();
        long[] written = {0};
        table.rows().forEach(values -> {
            for (int from = 0; from < values.length;) {
                int n = Math.min(doubles.remaining(), values.length - from);
                doubles.put(values, from, n);
                from += n;
                if (!doubles.hasRemaining()) {
                    out.write(buffer.array(), 0, doubles.position() * Double.BYTES);
                    doubles.clear();
                }
            }
            written[0] += values.length;
        });
        out.write(buffer.array(), 0, doubles.position() * Double.BYTES);
        out.flush();
        long expected = (long) layout.rowCount() * layout.rowSize();
        if (written[0] != expected) {
            // The header promised a shape the rows did not fill: the download is cut short, not padded.
            throw new IllegalStateException("The table's blocks held " + written[0] + " of its " + expected + " values");
        }
    }

    static byte[] header(List<Integer> shape) {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + tuple(shape) + ", }";
        dict += " ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape.getFirst()).length());
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = ALIGNMENT - unpadded % ALIGNMENT; // numpy pads a full 64 when already aligned
        int headerLength = dict.length() + padding + 1;
        var header = ByteBuffer.allocate(MAGIC.length + 4 + headerLength).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerLength);
        header.put((dict + " ".repeat(padding) + "\n").getBytes(StandardCharsets.US_ASCII));
        return header.array();
    }

    /** A Python tuple: {@code (3,)}, {@code (3, 4)}. */
    static String tuple(List<Integer> shape) {
        if (shape.size() == 1) {
            return "(" + shape.getFirst() + ",)";
        }
        return shape.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
