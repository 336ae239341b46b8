package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.ByteBuffer;

/** Unsigned LEB128 integers, as Thrift, Snappy and Parquet's RLE headers write them. */
final class Varints {

    private Varints() {
    }

    static long read(ByteBuffer in) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.get() & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }
}
