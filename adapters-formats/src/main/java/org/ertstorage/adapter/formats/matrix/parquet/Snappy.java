package org.ertstorage.adapter.formats.matrix.parquet;

/**
 * Decompresses raw Snappy blocks, pyarrow's default Parquet codec. The format is a length and a
 * sequence of literals and back-references (google/snappy {@code format_description.txt}).
 */
final class Snappy {

    private Snappy() {
    }

    static byte[] decompress(byte[] in, int from, int to) {
        var header = java.nio.ByteBuffer.wrap(in, from, to - from);
        long length = Varints.read(header);
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Snappy block too large");
        }
        var out = new byte[(int) length];
        int written = 0;
        int p = header.position();
        while (p < to) {
            int tag = in[p++] & 0xFF;
            int kind = tag & 3;
            if (kind == 0) {
                int literal = tag >>> 2;
                if (literal >= 60) {
                    int bytes = literal - 59;
                    literal = 0;
                    for (int i = 0; i < bytes; i++) {
                        literal |= (in[p++] & 0xFF) << (8 * i);
                    }
                }
                literal++;
                System.arraycopy(in, p, out, written, literal);
                p += literal;
                written += literal;
                continue;
            }
            int copy;
            int offset;
            if (kind == 1) {
                copy = 4 + ((tag >>> 2) & 7);
                offset = ((tag >>> 5) << 8) | (in[p++] & 0xFF);
            } else if (kind == 2) {
                copy = (tag >>> 2) + 1;
                offset = (in[p] & 0xFF) | (in[p + 1] & 0xFF) << 8;
                p += 2;
            } else {
                copy = (tag >>> 2) + 1;
                offset = (in[p] & 0xFF) | (in[p + 1] & 0xFF) << 8 | (in[p + 2] & 0xFF) << 16 | (in[p + 3] & 0xFF) << 24;
                p += 4;
            }
            if (offset <= 0 || offset > written) {
                throw new IllegalArgumentException("Snappy copy before the start");
            }
            for (int i = 0; i < copy; i++) {
                out[written] = out[written - offset];
                written++;
            }
        }
        if (written != out.length) {
            throw new IllegalArgumentException("Snappy block shorter than announced");
        }
        return out;
    }
}
