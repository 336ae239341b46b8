package org.ertstorage.benchmarks;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Request bodies of the workload: one response of one realization, in each upload format. */
final class Payloads {

    private Payloads() {
    }

    /** Deterministic values for a realization and response, so runs are comparable. */
    static double[] values(int realization, int response, int steps) {
        var values = new double[steps];
        for (int step = 0; step < steps; step++) {
            values[step] = Math.sin(0.01 * step + realization) * (response + 1) + 0.001 * realization;
        }
        return values;
    }

    /** {@code [v0, v1, ...]}: a one-dimensional forward-model record. */
    static byte[] json(double[] values) {
        var text = new StringBuilder(values.length * 20).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(values[i]);
        }
        return text.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** pandas' layout: one row labelled 0, one column per day from 2020-01-01. */
    static byte[] csv(double[] values) {
        var text = new StringBuilder(values.length * 32);
        var day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < values.length; i++) {
            text.append(',').append(day.plusDays(i));
        }
        text.append("\n0");
        for (double value : values) {
            text.append(',').append(value);
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A NumPy 1.0 file of shape (1, N), little-endian float64. */
    static byte[] npy(double[] values) {
        String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (1, " + values.length + "), }";
        int headerLength = dictionary.length() + 1;
        int padding = (64 - (10 + headerLength) % 64) % 64;
        headerLength += padding;
        var buffer = ByteBuffer.allocate(10 + headerLength + 8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
        buffer.putShort((short) headerLength);
        buffer.put(dictionary.getBytes(StandardCharsets.US_ASCII)).put(" ".repeat(padding).getBytes(StandardCharsets.US_ASCII))
                .put((byte) '\n');
        buffer.asDoubleBuffer().put(values);
        return buffer.array();
    }
}
