package org.ertstorage.adapter.persistence.jdbi;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of float64 as packed little-endian bytes: exact for NaN, infinities and -0.0, the same on
 * H2 and PostgreSQL, and far more compact than SQL arrays.
 */
final class PackedDoubles {

    private PackedDoubles() {
    }

    static byte[] pack(List<Double> values) {
        var buffer = ByteBuffer.allocate(values.size() * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        values.forEach(buffer::putDouble);
        return buffer.array();
    }

    /** The values as one block in the {@code .npy} data layout, copied in bulk. */
    static byte[] pack(double[] values) {
        var bytes = new byte[values.length * Double.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().put(values);
        return bytes;
    }

    static double[] unpackArray(byte[] bytes) {
        var buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        var values = new double[buffer.remaining()];
        buffer.get(values);
        return values;
    }

    static List<Double> unpack(byte[] bytes) {
        var buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        var values = new ArrayList<Double>(buffer.remaining());
        while (buffer.hasRemaining()) {
            values.add(buffer.get());
        }
        return values;
    }
}
