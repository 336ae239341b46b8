package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** {@code .npy} bodies of float64 for the heap-bounded tests: written and checked a row at a time. */
final class NpyBodies {

    /** The value expected at a row and column. */
    interface Values {
        double at(int row, int column);
    }

    private NpyBodies() {
    }

    /** The magic, version 1.0 and a header padded to 64 bytes, as {@code numpy.save} writes them. */
    static byte[] header(String shape) {
        var dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + shape + "), }";
        int padding = 64 - (10 + dict.length() + 1) % 64;
        var header = dict + " ".repeat(padding) + "\n";
        return ByteBuffer.allocate(10 + header.length()).order(ByteOrder.LITTLE_ENDIAN)
                .put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length())
                .put(header.getBytes(StandardCharsets.US_ASCII)).array();
    }

    /** One row's data. */
    static byte[] row(int row, int columns, Values values) {
        var buffer = ByteBuffer.allocate(columns * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int c = 0; c < columns; c++) {
            buffer.putDouble(values.at(row, c));
        }
        return buffer.array();
    }

    /** Checks a streamed {@code .npy} download of the shape value by value as it arrives. */
    static void check(InputStream body, int rows, int columns, Values values) throws IOException {
        try (var in = new DataInputStream(body)) {
            var preamble = in.readNBytes(10);
            int headerLength = (preamble[8] & 0xff) | (preamble[9] & 0xff) << 8;
            var header = new String(in.readNBytes(headerLength), StandardCharsets.US_ASCII);
            assertTrue(header.contains("'shape': (" + rows + ", " + columns + ")"), header);
            var row = ByteBuffer.allocate(columns * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int r = 0; r < rows; r++) {
                row.clear();
                in.readFully(row.array());
                for (int c = 0; c < columns; c++) {
                    assertValue(values.at(r, c), row.getDouble(), r, c);
                }
            }
            assertEquals(-1, in.read(), "more bytes than the shape");
        }
    }

    static void assertValue(double expected, double actual, int row, int column) {
        if (Double.compare(expected, actual) != 0) {
            throw new AssertionError("row " + row + ", column " + column + ": expected " + expected + ", got " + actual);
        }
    }
}
