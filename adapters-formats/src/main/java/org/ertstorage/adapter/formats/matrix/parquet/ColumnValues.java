package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.PhysicalType;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.TimeUnit;

/** The values of one column as its pages are decoded, in primitive arrays sized for the file's rows. */
final class ColumnValues {

    private final PhysicalType type;
    private final long[] longs;
    private final double[] doubles;
    private final byte[][] binaries;
    private final boolean[] nulls;
    private int size;

    ColumnValues(PhysicalType type, int rows) {
        this.type = type;
        this.longs = isLong(type) ? new long[rows] : null;
        this.doubles = type == PhysicalType.FLOAT || type == PhysicalType.DOUBLE ? new double[rows] : null;
        this.binaries = type == PhysicalType.BYTE_ARRAY ? new byte[rows][] : null;
        if (longs == null && doubles == null && binaries == null) {
            throw new IllegalArgumentException("Parquet type " + type + " is not supported");
        }
        this.nulls = new boolean[rows];
    }

    private static boolean isLong(PhysicalType type) {
        return type == PhysicalType.BOOLEAN || type == PhysicalType.INT32 || type == PhysicalType.INT64;
    }

    int size() {
        return size;
    }

    void addNull() {
        nulls[size++] = true;
    }

    /** Copies value {@code index} of a decoded dictionary. */
    void addFrom(ColumnValues dictionary, int index) {
        if (index < 0 || index >= dictionary.size) {
            throw new IllegalArgumentException("dictionary index out of range");
        }
        if (longs != null) {
            longs[size] = dictionary.longs[index];
        } else if (doubles != null) {
            doubles[size] = dictionary.doubles[index];
        } else {
            binaries[size] = dictionary.binaries[index];
        }
        size++;
    }

    /** Reads one PLAIN-encoded value from {@code in}; {@code bit} is the position within a run of BOOLEANs. */
    void addPlain(ByteBuffer in, int bit) {
        in.order(ByteOrder.LITTLE_ENDIAN);
        switch (type) {
            case BOOLEAN -> {
                longs[size] = (in.get(in.position()) >>> (bit % 8)) & 1;
                if (bit % 8 == 7) {
                    in.get();
                }
            }
            case INT32 -> longs[size] = in.getInt();
            case INT64 -> longs[size] = in.getLong();
            case FLOAT -> doubles[size] = in.getFloat();
            case DOUBLE -> doubles[size] = in.getDouble();
            default -> {
                var bytes = new byte[in.getInt()];
                in.get(bytes);
                binaries[size] = bytes;
            }
        }
        size++;
    }

    ParquetColumn column(String name, TimeUnit unit) {
        return new ParquetColumn(name, type, unit, longs, doubles, binaries, nulls);
    }
}
