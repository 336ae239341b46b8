package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.NpyCodecTest.npy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NpyUploadTest {

    /** Bodies of every dtype family and order, one of them longer than a conversion chunk. */
    static Stream<byte[]> bodies() {
        var bigEndianFloats = ByteBuffer.allocate(20_000 * 4).order(ByteOrder.BIG_ENDIAN);
        for (int i = 0; i < 20_000; i++) {
            bigEndianFloats.putFloat(i * 0.25f - 7);
        }
        var doubles = ByteBuffer.allocate(6 * 8).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.stream(new double[] {Double.NaN, -0.0, Double.MIN_VALUE, 1e300, Double.NEGATIVE_INFINITY, 3})
                .forEach(doubles::putDouble);
        var shorts = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) -7).putShort((short) 300);
        var longs = ByteBuffer.allocate(6 * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long v : new long[] {1, 4, 2, 5, 3, 6}) {
            longs.putLong(v);
        }
        return Stream.of(
                npy(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (4, 5000), }", bigEndianFloats.array()),
                npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }", doubles.array()),
                npy(2, "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 1), }", shorts.array()),
                npy(3, "{'descr': '|u1', 'fortran_order': False, 'shape': (1, 3), }", new byte[] {(byte) 255, 0, 1}),
                npy(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (2, 1), }", new byte[] {1, 0}),
                npy(1, "{'descr': '<i8', 'fortran_order': True, 'shape': (2, 3), }", longs.array()));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void givenBodyOfAnyDtypeOrOrder_values_areTheWholeReadersValues(byte[] body) throws IOException {
        var whole = MatrixFormat.NUMPY.read(body);
        for (var declared : List.of(OptionalLong.of(body.length), OptionalLong.empty())) {
            var upload = NpyUpload.open(new ByteArrayInputStream(body), declared);
            assertEquals(whole.head(), upload.head());
            assertArrayEquals(packed(whole.values()), upload.values().readAllBytes());
            assertEquals(Optional.empty(), upload.fault());
        }
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void givenTwoDimensionalBody_rows_areTheWholeMatrixRows(byte[] body) {
        var whole = MatrixFormat.NUMPY.read(body);
        var rows = new ArrayList<double[]>();
        NpyUpload.open(new ByteArrayInputStream(body), OptionalLong.empty()).rows()
                .forEachRemaining(row -> rows.add(row.values()));
        int width = whole.shape().dimension(1);
        assertEquals(whole.shape().dimension(0), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            assertArrayEquals(Arrays.copyOfRange(whole.values(), r * width, (r + 1) * width), rows.get(r));
        }
    }

    @Test
    void givenBodyEndingEarly_values_failReadingAndSayWhy() {
        byte[] body = bodies().findFirst().orElseThrow();
        byte[] truncated = Arrays.copyOf(body, body.length - 1000);

        var upload = NpyUpload.open(new ByteArrayInputStream(truncated), OptionalLong.empty());

        assertThrows(IOException.class, () -> upload.values().readAllBytes());
        assertTrue(upload.fault().orElseThrow().contains("ends before"), upload.fault().toString());
    }

    @Test
    void givenBodyRunningOn_values_failBeforeTheLastValuesAndSayWhy() {
        byte[] body = bodies().skip(1).findFirst().orElseThrow();
        byte[] longer = Arrays.copyOf(body, body.length + 1);

        var upload = NpyUpload.open(new ByteArrayInputStream(longer), OptionalLong.empty());

        assertThrows(IOException.class, () -> upload.values().readNBytes(6 * 8));
        assertTrue(upload.fault().orElseThrow().contains("more than"), upload.fault().toString());
    }

    @Test
    void givenDeclaredLengthNotFittingTheHeader_open_throwsUndecodableBeforeReadingValues() {
        byte[] body = bodies().skip(1).findFirst().orElseThrow();

        assertThrows(UndecodableMatrix.class,
                () -> NpyUpload.open(new ByteArrayInputStream(body), OptionalLong.of(body.length - 8)));
    }

    @Test
    void givenTruncatedBulkBody_rows_throwUndecodableBeforeTheMissingRow() {
        byte[] body = bodies().findFirst().orElseThrow();
        var rows = NpyUpload.open(new ByteArrayInputStream(Arrays.copyOf(body, body.length - 5000 * 4)),
                OptionalLong.empty()).rows();

        rows.next();
        assertThrows(UndecodableMatrix.class, () -> rows.forEachRemaining(row -> { }));
    }

    @Test
    void givenOneDimensionOrNoValues_rowsOrOpen_throwUndecodable() {
        byte[] line = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }", new byte[16]);
        assertThrows(UndecodableMatrix.class,
                () -> NpyUpload.open(new ByteArrayInputStream(line), OptionalLong.empty()).rows());
        byte[] empty = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (0, 3), }", new byte[0]);
        assertTrue(assertThrows(UndecodableMatrix.class,
                () -> NpyUpload.open(new ByteArrayInputStream(empty), OptionalLong.empty())).empty());
    }

    private static byte[] packed(double[] values) {
        var bytes = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        return bytes.array();
    }
}
