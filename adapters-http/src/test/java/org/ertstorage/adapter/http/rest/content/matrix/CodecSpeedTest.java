package org.ertstorage.adapter.http.rest.content.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ertstorage.domain.record.Matrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** 100 x 10,000 values must write and read in well under a second (a generous bound for CI machines). */
class CodecSpeedTest {

    @ParameterizedTest
    @EnumSource(MatrixFormat.class)
    void givenMillionValues_writeThenRead_isFast(MatrixFormat format) {
        var random = new Random(7);
        var values = new double[100 * 10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() * 1000;
        }
        Matrix matrix = Tables.unlabeled(new int[] {100, 10_000}, values);
        Tables.bytes(format, Tables.table(matrix)); // warm up
        long start = System.nanoTime();
        byte[] body = Tables.bytes(format, Tables.table(matrix));
        long written = System.nanoTime();
        Matrix again = format.read(body);
        long read = System.nanoTime();
        assertArrayEquals(values, again.values());
        long writeMillis = (written - start) / 1_000_000;
        long readMillis = (read - written) / 1_000_000;
        System.getLogger(CodecSpeedTest.class.getName()).log(System.Logger.Level.INFO,
                format + ": write " + writeMillis + " ms, read " + readMillis + " ms, " + body.length + " bytes");
        assertTrue(writeMillis + readMillis < 3_000, format + " took " + writeMillis + " + " + readMillis + " ms");
    }
}
