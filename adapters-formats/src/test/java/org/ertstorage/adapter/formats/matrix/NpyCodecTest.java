package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.bytes;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpyCodecTest {

    /** A .npy file as NumPy would write it, with the given version, header and data. */
    static byte[] npy(int major, String header, byte[] data) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(NpyTableWriter.MAGIC);
        out.write(major);
        out.write(0);
        byte[] text = (header + "\n").getBytes(StandardCharsets.UTF_8);
        var length = ByteBuffer.allocate(major == 1 ? 2 : 4).order(ByteOrder.LITTLE_ENDIAN);
        if (major == 1) {
            length.putShort((short) text.length);
        } else {
            length.putInt(text.length);
        }
        out.writeBytes(length.array());
        out.writeBytes(text);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] data(ByteOrder order, int width, long... integers) {
        var buffer = ByteBuffer.allocate(integers.length * width).order(order);
        for (long v : integers) {
            switch (width) {
                case 1 -> buffer.put((byte) v);
                case 2 -> buffer.putShort((short) v);
                case 4 -> buffer.putInt((int) v);
                default -> buffer.putLong(v);
            }
        }
        return buffer.array();
    }

    @Test
    void givenThreeByThree_write_matchesNumpyHeaderAndLayout() {
        byte[] npy = bytes(MatrixFormat.NUMPY, table(unlabeled(new int[] {3, 3}, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertEquals(118, Short.toUnsignedInt(ByteBuffer.wrap(npy, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort()));
        assertEquals(0, (10 + 118) % 64);
        assertEquals(128 + 9 * 8, npy.length);
        String header = new String(npy, 10, 118, StandardCharsets.US_ASCII);
        assertEquals("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 3), }" + " ".repeat(58) + "\n", header);
        assertEquals("\u0093NUMPY\u0001\u0000", new String(npy, 0, 8, StandardCharsets.ISO_8859_1));
        assertEquals(9.0, ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN).getDouble(128 + 8 * 8));
    }

    @Test
    void givenOneDimensionalRecord_write_isOneRowNotFlattened() {
        byte[] npy = bytes(MatrixFormat.NUMPY, table(unlabeled(new int[] {3}, 1, 2, 3)));
        assertTrue(new String(npy, StandardCharsets.ISO_8859_1).contains("'shape': (1, 3), }"));
        assertEquals(Shape.of(1, 3), MatrixFormat.NUMPY.read(npy).shape());
    }

    @Test
    void givenThreeDimensions_write_keepsTheShape() {
        byte[] npy = bytes(MatrixFormat.NUMPY, table(unlabeled(new int[] {2, 1, 2}, 1, 2, 3, 4)));
        assertTrue(new String(npy, StandardCharsets.ISO_8859_1).contains("'shape': (2, 1, 2), }"));
    }

    @Test
    void givenWrittenTable_read_givesSameValues() {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-5, 0.1};
        Matrix again = MatrixFormat.NUMPY.read(bytes(MatrixFormat.NUMPY, table(unlabeled(new int[] {2, 3}, values))));
        assertEquals(Shape.of(2, 3), again.shape());
        assertArrayEquals(values, again.values());
    }

    @Test
    void givenIntegerDtypesInBothOrders_read_convertsToDoubles() {
        assertArrayEquals(new double[] {1, -2, 3}, MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '>i4', 'fortran_order': False, 'shape': (3,), }", data(ByteOrder.BIG_ENDIAN, 4, 1, -2, 3))).values());
        assertArrayEquals(new double[] {255, 1}, MatrixFormat.NUMPY.read(npy(2,
                "{'descr': '|u1', 'fortran_order': False, 'shape': (2,), }", data(ByteOrder.LITTLE_ENDIAN, 1, 255, 1))).values());
        assertArrayEquals(new double[] {1.8446744073709552E19}, MatrixFormat.NUMPY.read(npy(3,
                "{'descr': '<u8', 'fortran_order': False, 'shape': (1,), }", data(ByteOrder.LITTLE_ENDIAN, 8, -1))).values());
        assertArrayEquals(new double[] {1, 0}, MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '|b1', 'fortran_order': False, 'shape': (2,), }", data(ByteOrder.LITTLE_ENDIAN, 1, 1, 0))).values());
        assertArrayEquals(new double[] {-7, 300}, MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }", data(ByteOrder.LITTLE_ENDIAN, 2, -7, 300))).values());
    }

    @Test
    void givenFloatDtypes_read_convertsToDoubles() {
        var f4 = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(Float.NaN).array();
        assertArrayEquals(new double[] {1.5, Double.NaN}, MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '>f4', 'fortran_order': False, 'shape': (2,), }", f4)).values());
        var f2 = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(Float.floatToFloat16(0.5f)).array();
        assertArrayEquals(new double[] {0.5}, MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '<f2', 'fortran_order': False, 'shape': (1,), }", f2)).values());
    }

    @Test
    void givenFortranOrder_read_reordersToC() {
        // [[1, 2, 3], [4, 5, 6]] in Fortran order is 1 4 2 5 3 6
        var matrix = MatrixFormat.NUMPY.read(npy(1, "{'descr': '<i8', 'fortran_order': True, 'shape': (2, 3), }",
                data(ByteOrder.LITTLE_ENDIAN, 8, 1, 4, 2, 5, 3, 6)));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, matrix.values());
        var cube = MatrixFormat.NUMPY.read(npy(1, "{'descr': '<i8', 'fortran_order': True, 'shape': (2, 2, 2), }",
                data(ByteOrder.LITTLE_ENDIAN, 8, 1, 5, 3, 7, 2, 6, 4, 8)));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, cube.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'|O'", "'<c16'", "'<U3'", "[('a', '<f8')]", "'<M8[ns]'", "'<f16'"})
    void givenNonNumericDtype_read_throwsUndecodable(String descr) {
        byte[] npy = npy(1, "{'descr': " + descr + ", 'fortran_order': False, 'shape': (1,), }", new byte[16]);
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(npy));
    }

    @Test
    void givenBrokenFiles_read_throwsUndecodable() {
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(new byte[] {1, 2, 3}));
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '<f8', 'fortran_order': False, 'shape': (), }", new byte[8])));
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", new byte[8])));
        assertTrue(assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(npy(1,
                "{'descr': '<f8', 'fortran_order': False, 'shape': (0, 3), }", new byte[0]))).empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'<f8', 'fortran_order': False, 'shape': (99999999999, 2)",
            "'<f99999999999', 'fortran_order': False, 'shape': (1,)",
            "'<f8', 'fortran_order': False, 'shape': (65536, 65536)",
            "'<f8', 'fortran_order': False, 'shape': (2147483647, 2147483647, 2147483647)",
            "'<f8', 'fortran_order': False, 'shape': (65537, 65537)"})
    void givenShapeOrWidthBeyondAnInt_read_throwsUndecodableInsteadOfOverflowing(String header) {
        // 65537 × 65537 wraps to 131,073 in an int: the data below would fit the wrapped count.
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.NUMPY.read(npy(1, "{'descr': " + header + ", }",
                new byte[131_073 * 8])));
    }
}
