package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads Thrift's compact protocol (the encoding of Parquet's footer and page headers) into {@link ThriftStruct}s. */
public final class ThriftReader {

    private static final int MAX_DEPTH = 32;
    private final ByteBuffer in;

    public ThriftReader(ByteBuffer in) {
        this.in = in;
    }

    /** Position after the last struct read, for page headers followed by page data. */
    public int position() {
        return in.position();
    }

    public ThriftStruct struct() {
        return struct(0);
    }

    private ThriftStruct struct(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("Thrift structs nested too deep");
        }
        Map<Integer, Object> fields = new HashMap<>();
        int lastId = 0;
        while (true) {
            int header = in.get() & 0xFF;
            if (header == 0) {
                return new ThriftStruct(fields);
            }
            int type = header & 0x0F;
            int delta = header >>> 4;
            int id = delta == 0 ? (short) zigzag(Varints.read(in)) : lastId + delta;
            lastId = id;
            Object value = type == 1 ? Boolean.TRUE : type == 2 ? Boolean.FALSE : value(type, depth);
            fields.put(id, value);
        }
    }

    private Object value(int type, int depth) {
        return switch (type) {
            case 1, 2 -> in.get() == 1; // in lists; struct fields carry booleans in their type
            case 3 -> (long) in.get();
            case 4, 5, 6 -> zigzag(Varints.read(in));
            case 7 -> in.order(ByteOrder.LITTLE_ENDIAN).getDouble();
            case 8 -> binary();
            case 9, 10 -> list(depth);
            case 11 -> map(depth);
            case 12 -> struct(depth + 1);
            default -> throw new IllegalArgumentException("unknown Thrift type " + type);
        };
    }

    private List<Object> list(int depth) {
        int header = in.get() & 0xFF;
        long size = header >>> 4 == 15 ? Varints.read(in) : header >>> 4;
        int elementType = header & 0x0F;
        if (size > in.remaining()) {
            throw new IllegalArgumentException("Thrift list larger than its data");
        }
        var list = new ArrayList<Object>((int) size);
        for (long i = 0; i < size; i++) {
            list.add(value(elementType, depth + 1));
        }
        return list;
    }

    private Map<Object, Object> map(int depth) {
        long size = Varints.read(in);
        var map = new HashMap<Object, Object>();
        if (size == 0) {
            return map;
        }
        int types = in.get() & 0xFF;
        for (long i = 0; i < size; i++) {
            map.put(value(types >>> 4, depth + 1), value(types & 0x0F, depth + 1));
        }
        return map;
    }

    private byte[] binary() {
        long length = Varints.read(in);
        if (length > in.remaining()) {
            throw new IllegalArgumentException("Thrift binary larger than its data");
        }
        var bytes = new byte[(int) length];
        in.get(bytes);
        return bytes;
    }


    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }
}
