package org.ertstorage.adapter.formats.matrix.parquet;

/**
 * One flat column of a Parquet file, all row groups together, in primitive arrays: {@code longs}
 * for BOOLEAN, INT32 and INT64, {@code doubles} for FLOAT and DOUBLE, {@code binaries} for
 * BYTE_ARRAY; the other two are null. {@code nulls[i]} marks a missing value.
 */
public record ParquetColumn(String name, PhysicalType type, TimeUnit timeUnit, long[] longs, double[] doubles,
        byte[][] binaries, boolean[] nulls) {

    /** Parquet's physical types (parquet.thrift {@code Type}), by their ordinal. */
    public enum PhysicalType { BOOLEAN, INT32, INT64, INT96, FLOAT, DOUBLE, BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY }

    /** The unit of a TIMESTAMP column, NONE for other columns. */
    public enum TimeUnit { NONE, MILLIS, MICROS, NANOS }

    public int size() {
        return nulls.length;
    }
}
