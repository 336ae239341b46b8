package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.ByteBuffer;

/**
 * Parquet's RLE / bit-packing hybrid encoding, used for definition levels and dictionary indices:
 * runs of one repeated value and groups of eight bit-packed values, least significant bit first.
 */
final class RleHybrid {

    private RleHybrid() {
    }

    /** Decodes {@code count} values of {@code bitWidth} bits from {@code in}, advancing it. */
    static int[] decode(ByteBuffer in, int bitWidth, int count) {
        var values = new int[count];
        int n = 0;
        int valueBytes = (bitWidth + 7) / 8;
        while (n < count) {
            long header = Varints.read(in);
            if ((header & 1) == 0) {
                int run = (int) (header >>> 1);
                int value = 0;
                for (int i = 0; i < valueBytes; i++) {
                    value |= (in.get() & 0xFF) << (8 * i);
                }
                for (int i = 0; i < run && n < count; i++) {
                    values[n++] = value;
                }
            } else {
                int packed = (int) (header >>> 1) * 8;
                long buffer = 0;
                int bits = 0;
                int mask = (1 << bitWidth) - 1;
                for (int i = 0; i < packed; i++) {
                    while (bits < bitWidth) {
                        buffer |= (long) (in.get() & 0xFF) << bits;
                        bits += 8;
                    }
                    if (n < count) {
                        values[n++] = (int) (buffer & mask);
                    }
                    buffer >>>= bitWidth;
                    bits -= bitWidth;
                }
            }
        }
        return values;
    }
}
