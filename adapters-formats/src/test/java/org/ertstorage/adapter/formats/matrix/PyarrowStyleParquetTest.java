package org.ertstorage.adapter.formats.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ertstorage.adapter.formats.matrix.parquet.ThriftWriter;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Labels;
import org.junit.jupiter.api.Test;

/**
 * A file laid out as pyarrow writes one by default (no pyarrow here to make a real one): SNAPPY
 * pages, optional columns with definition levels, a dictionary page with an RLE_DICTIONARY data
 * page v1 for the values, a data page v2 for a string index, and the pandas metadata.
 */
class PyarrowStyleParquetTest {

    private static final String PANDAS = "{\"index_columns\": [\"__index_level_0__\"], \"column_indexes\": [], \"columns\": ["
            + "{\"name\": \"a\", \"field_name\": \"a\", \"pandas_type\": \"float64\", \"numpy_type\": \"float64\", \"metadata\": null}, "
            + "{\"name\": null, \"field_name\": \"__index_level_0__\", \"pandas_type\": \"unicode\", \"numpy_type\": \"object\", \"metadata\": null}]}";

    private final ByteArrayOutputStream file = new ByteArrayOutputStream();

    /** Snappy made of one literal, which every Snappy decoder must accept. */
    private static byte[] snappyLiteral(byte[] data) {
        var out = new ByteArrayOutputStream();
        out.write(data.length);
        out.write((data.length - 1) << 2);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] le(int capacity, java.util.function.Consumer<ByteBuffer> fill) {
        var buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        fill.accept(buffer);
        return buffer.array();
    }

    private int page(byte[] header, byte[] data) {
        int offset = file.size();
        file.writeBytes(header);
        file.writeBytes(data);
        return offset;
    }

    private byte[] build(int codec) {
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        byte[] dictionary = le(16, b -> b.putDouble(1.5).putDouble(2.5));
        byte[] dictionaryPage = codec == 1 ? snappyLiteral(dictionary) : dictionary;
        int dictionaryOffset = page(new ThriftWriter().i32(1, 2).i32(2, 16).i32(3, dictionaryPage.length)
                .beginStruct(7).i32(1, 2).i32(2, 0).end().end().toByteArray(), dictionaryPage);
        // definition levels 1 0 1 (length-prefixed, bit-packed), bit width 1, indices 0 1 (bit-packed)
        byte[] values = {2, 0, 0, 0, 3, 0b101, 1, 3, 0b10};
        byte[] valuesPage = codec == 1 ? snappyLiteral(values) : values;
        int dataOffset = page(new ThriftWriter().i32(1, 0).i32(2, values.length).i32(3, valuesPage.length)
                .beginStruct(5).i32(1, 3).i32(2, 8).i32(3, 3).i32(4, 3).end().end().toByteArray(), valuesPage);
        int valuesSize = file.size() - dictionaryOffset;

        byte[] levels = {6, 1}; // a run of three 1s
        byte[] labels = le(15, b -> b.putInt(1).put((byte) 'x').putInt(1).put((byte) 'y').putInt(1).put((byte) 'z'));
        byte[] labelsPage = codec == 1 ? snappyLiteral(labels) : labels;
        int indexOffset = page(new ThriftWriter().i32(1, 3).i32(2, 2 + labels.length).i32(3, 2 + labelsPage.length)
                .beginStruct(8).i32(1, 3).i32(2, 0).i32(3, 3).i32(4, 0).i32(5, 2).i32(6, 0).end().end().toByteArray(),
                concat(levels, labelsPage));
        int indexSize = file.size() - indexOffset;

        var footer = new ThriftWriter().i32(1, 2).beginList(2, 12, 3)
                .beginElement().string(4, "schema").i32(5, 2).end()
                .beginElement().i32(1, 5).i32(3, 1).string(4, "a").end()
                .beginElement().i32(1, 6).i32(3, 1).string(4, "__index_level_0__").i32(6, 0).end()
                .i64(3, 3).beginList(4, 12, 1).beginElement().beginList(1, 12, 2);
        chunk(footer, 5, "a", codec, valuesSize, dataOffset).i64(11, dictionaryOffset).end().end();
        chunk(footer, 6, "__index_level_0__", codec, indexSize, indexOffset).end().end();
        footer.i64(2, valuesSize + indexSize).i64(3, 3).end()
                .beginList(5, 12, 1).beginElement().string(1, "pandas").string(2, PANDAS).end()
                .string(6, "parquet-cpp-arrow version 17.0.0").end();
        byte[] footerBytes = footer.toByteArray();
        file.writeBytes(footerBytes);
        file.writeBytes(le(4, b -> b.putInt(footerBytes.length)));
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        return file.toByteArray();
    }

    private static ThriftWriter chunk(ThriftWriter w, int type, String name, int codec, int size, int dataOffset) {
        return w.beginElement().i64(2, dataOffset).beginStruct(3).i32(1, type)
                .beginList(2, 5, 2).i32Element(8).i32Element(3)
                .beginList(3, 8, 1).stringElement(name)
                .i32(4, codec).i64(5, 3).i64(6, size).i64(7, size).i64(9, dataOffset);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void givenSnappyDictionaryAndV2Pages_read_decodesValuesNullsAndIndex() {
        var matrix = MatrixFormat.PARQUET.read(build(1));
        assertArrayEquals(new double[] {1.5, Double.NaN, 2.5}, matrix.values());
        var labels = new Labels(LabelAxis.strings(List.of("a")), new LabelAxis(LabelType.STRING, List.of("x", "y", "z")));
        assertEquals(labels, matrix.labels().orElseThrow());
    }

    @Test
    void givenUncompressedPages_read_decodesTheSame() {
        assertArrayEquals(new double[] {1.5, Double.NaN, 2.5}, MatrixFormat.PARQUET.read(build(0)).values());
    }

    @Test
    void givenUnsupportedCodec_read_throwsUndecodable() {
        assertThrows(UndecodableMatrix.class, () -> MatrixFormat.PARQUET.read(build(6)));
    }
}
