package org.ertstorage.adapter.formats.matrix.parquet;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/** A column for {@link ParquetFileWriter}: its schema entry and its PLAIN-encoded values. */
public sealed interface OutputColumn {

    String name();

    int physicalType();

    int dataSize();

    void writeData(OutputStream out) throws IOException;

    /** Writes the schema element's annotations (converted and logical type) after its name. */
    default void annotate(ThriftWriter w) {
    }

    /** DOUBLE values read from the caller's array on the fly, so nothing is copied. */
    record Doubles(String name, int rows, IntToDoubleFunction value) implements OutputColumn {

        private static final VarHandle LITTLE_ENDIAN_DOUBLES =
                MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

        @Override
        public int physicalType() {
            return 5;
        }

        @Override
        public int dataSize() {
            return rows * 8;
        }

        @Override
        public void writeData(OutputStream out) throws IOException {
            // Sized to the column when it is short: a wide table writes many columns of few rows.
            // A plain array written through a little-endian view (raw bits, as ByteBuffer.putDouble):
            // a ByteBuffer per column cost more in its bookkeeping than in its bytes.
            var buffer = new byte[8 * Math.min(rows, 4096)];
            int filled = 0;
            for (int row = 0; row < rows; row++) {
                if (filled == buffer.length) {
                    out.write(buffer, 0, filled);
                    filled = 0;
                }
                LITTLE_ENDIAN_DOUBLES.set(buffer, filled, value.applyAsDouble(row));
                filled += 8;
            }
            out.write(buffer, 0, filled);
        }
    }

    /** INT64 values, plain integers or timestamps in nanoseconds (pandas' {@code datetime64[ns]}). */
    record Longs(String name, long[] values, boolean nanosecondTimestamps) implements OutputColumn {

        @Override
        public int physicalType() {
            return 2;
        }

        @Override
        public int dataSize() {
            return values.length * 8;
        }

        @Override
        public void writeData(OutputStream out) throws IOException {
            var buffer = ByteBuffer.allocate(dataSize()).order(ByteOrder.LITTLE_ENDIAN);
            buffer.asLongBuffer().put(values);
            out.write(buffer.array());
        }

        @Override
        public void annotate(ThriftWriter w) {
            // LogicalType: TIMESTAMP(isAdjustedToUTC=false, unit=NANOS) or INTEGER(64, signed).
            if (nanosecondTimestamps) {
                w.beginStruct(10).beginStruct(8).bool(1, false).beginStruct(2).beginStruct(3).end().end().end().end();
            } else {
                w.i32(6, 18).beginStruct(10).beginStruct(10).i8(1, 64).bool(2, true).end().end();
            }
        }
    }

    /** UTF-8 strings (BYTE_ARRAY annotated as STRING). */
    record Strings(String name, List<String> values) implements OutputColumn {

        @Override
        public int physicalType() {
            return 6;
        }

        @Override
        public int dataSize() {
            return values.stream().mapToInt(v -> 4 + v.getBytes(StandardCharsets.UTF_8).length).sum();
        }

        @Override
        public void writeData(OutputStream out) throws IOException {
            for (String value : values) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(bytes.length).array());
                out.write(bytes);
            }
        }

        @Override
        public void annotate(ThriftWriter w) {
            w.i32(6, 0).beginStruct(10).beginStruct(1).end().end();
        }
    }
}
