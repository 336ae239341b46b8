package org.ertstorage.adapter.formats.matrix.parquet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/** Writes Thrift's compact protocol: the fields of nested structs, in increasing id order. */
public final class ThriftWriter {

    static final int I32 = 5;
    static final int I64 = 6;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int STRUCT = 12;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Deque<Integer> lastIds = new ArrayDeque<>();
    private int lastId;

    public ThriftWriter i32(int id, int value) {
        field(id, I32);
        varint(zigzag(value));
        return this;
    }

    public ThriftWriter i8(int id, int value) {
        field(id, 3);
        out.write(value);
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
        lastIds.push(lastId);
        lastId = 0;
        return this;
    }

    /** Ends the struct begun last, or the outermost one. */
    public ThriftWriter end() {
        out.write(0);
        lastId = lastIds.isEmpty() ? 0 : lastIds.pop();
        return this;
    }

    public ThriftWriter beginList(int id, int elementType, int size) {
        field(id, LIST);
        if (size < 15) {
            out.write(size << 4 | elementType);
        } else {
            out.write(0xF0 | elementType);
            varint(size);
        }
        return this;
    }

    /** A struct element of the current list; end it with {@link #end()}. */
    public ThriftWriter beginElement() {
        lastIds.push(lastId);
        lastId = 0;
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
        return out.toByteArray();
    }

    /** Moves what was written so far to {@code target}, so a long message is never held whole; returns its length. */
    public int drainTo(OutputStream target) throws IOException {
        int length = out.size();
        out.writeTo(target);
        out.reset();
        return length;
    }

    private void field(int id, int type) {
        int delta = id - lastId;
        if (delta > 0 && delta <= 15) {
            out.write(delta << 4 | type);
        } else {
            out.write(type);
            varint(zigzag(id));
        }
        lastId = id;
    }

    private void bytes(byte[] value) {
        varint(value.length);
        out.writeBytes(value);
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long zigzag(long n) {
        return (n << 1) ^ (n >> 63);
    }
}
