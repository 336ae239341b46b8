package org.ertstorage.adapter.formats.matrix.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes Thrift's compact protocol: the fields of nested structs, in increasing id order. */
public final class ThriftWriter {

    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    // A plain growable array and an int stack: a wide table's footer writes several bytes for each
    // of its column chunks, and ByteArrayOutputStream's synchronized writes and boxed ids showed in profiles.
    private byte[] out = new byte[256];
    private int filled;
    private int[] lastIds = new int[8];
    private int depth;
    private int lastId;

    public ThriftWriter i32(int id, int value) {
        field(id, I32);
        varint(zigzag(value));
        return this;
    }

    public ThriftWriter i8(int id, int value) {
        field(id, 3);
        write(value);
        return this;
    }

    public ThriftWriter i64(int id, long value) {
        field(id, I64);
        varint(zigzag(value));
        return this;
    }

    public ThriftWriter bool(int id, boolean value) {
        field(id, value ? 1 : 2);
        return this;
    }

    public ThriftWriter string(int id, String value) {
        field(id, BINARY);
        bytes(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ThriftWriter beginStruct(int id) {
        field(id, STRUCT);
        push();
        return this;
    }

    /** Ends the struct begun last, or the outermost one. */
    public ThriftWriter end() {
        write(0);
        lastId = depth == 0 ? 0 : lastIds[--depth];
        return this;
    }

    public ThriftWriter beginList(int id, int elementType, int size) {
        field(id, LIST);
        if (size < 15) {
            write(size << 4 | elementType);
        } else {
            write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** A struct element of the current list; end it with {@link #end()}. */
    public ThriftWriter beginElement() {
        push();
        return this;
    }

    public ThriftWriter i32Element(int value) {
        varint(zigzag(value));
        return this;
    }

    public ThriftWriter stringElement(String value) {
        bytes(value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(out, filled);
    }

    /** Moves what was written so far to {@code target}, so a long message is never held whole; returns its length. */
    public int drainTo(OutputStream target) throws IOException {
        int length = filled;
        target.write(out, 0, filled);
        filled = 0;
        return length;
    }

    private void field(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            write(delta << 4 | type);
        } else {
            write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    private void bytes(byte[] value) {
        varint(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, out, filled, value.length);
        filled += value.length;
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        write((int) v);
    }

    private void push() {
        if (depth == lastIds.length) {
            lastIds = Arrays.copyOf(lastIds, depth * 2);
        }
        lastIds[depth++] = lastId;
        lastId = 0;
    }

    private void write(int b) {
        ensure(1);
        out[filled++] = (byte) b;
    }

    private void ensure(int more) {
        if (filled + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, filled + more));
        }
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }
}
