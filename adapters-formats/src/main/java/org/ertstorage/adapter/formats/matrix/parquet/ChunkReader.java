package org.ertstorage.adapter.formats.matrix.parquet;

import java.nio.ByteBuffer;
import org.ertstorage.adapter.formats.matrix.parquet.ParquetColumn.PhysicalType;

/** Decodes the pages of one column chunk into {@link ColumnValues}. */
final class ChunkReader {

    private static final int DATA_PAGE = 0;
    private static final int DICTIONARY_PAGE = 2;
    private static final int DATA_PAGE_V2 = 3;
    private static final int PLAIN = 0;
    private static final int PLAIN_DICTIONARY = 2;
    private static final int RLE_DICTIONARY = 8;

    private final byte[] file;
    private final ThriftStruct meta;
    private final PhysicalType type;
    private final boolean optional;
    private final ColumnValues values;
    private ColumnValues dictionary;

    ChunkReader(byte[] file, ThriftStruct meta, PhysicalType type, boolean optional, ColumnValues values) {
        this.file = file;
        this.meta = meta;
        this.type = type;
        this.optional = optional;
        this.values = values;
    }

    void read() {
        long dataOffset = meta.integer(9);
        long start = meta.optionalInteger(11).filter(offset -> offset > 0 && offset < dataOffset).orElse(dataOffset);
        long valueCount = meta.integer(5);
        int codec = (int) meta.integer(4);
        int position = Math.toIntExact(start);
        long read = 0;
        while (read < valueCount) {
            var reader = new ThriftReader(ByteBuffer.wrap(file, position, file.length - position));
            ThriftStruct header = reader.struct();
            int dataStart = reader.position();
            int compressed = (int) header.integer(3);
            int uncompressed = (int) header.integer(2);
            position = dataStart + compressed;
            switch ((int) header.integer(1)) {
                case DICTIONARY_PAGE -> dictionary(header.struct(7).orElseThrow(),
                        ParquetFileReader.decompress(codec, file, dataStart, compressed, uncompressed));
                case DATA_PAGE -> read += pageV1(header.struct(5).orElseThrow(),
                        ParquetFileReader.decompress(codec, file, dataStart, compressed, uncompressed));
                case DATA_PAGE_V2 -> read += pageV2(header.struct(8).orElseThrow(), codec, dataStart, compressed, uncompressed);
                default -> { } // index pages carry nothing we need
            }
        }
    }

    private void dictionary(ThriftStruct header, byte[] page) {
        int count = (int) header.integer(1);
        dictionary = new ColumnValues(type, count);
        var in = ByteBuffer.wrap(page);
        for (int i = 0; i < count; i++) {
            dictionary.addPlain(in, i);
        }
    }

    private int pageV1(ThriftStruct header, byte[] page) {
        int count = (int) header.integer(1);
        var in = ByteBuffer.wrap(page).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int[] levels = null;
        if (optional) {
            int length = in.getInt();
            levels = RleHybrid.decode(in.slice(in.position(), length), 1, count);
            in.position(in.position() + length);
        }
        values(in, (int) header.integer(2), count, levels);
        return count;
    }

    private int pageV2(ThriftStruct header, int codec, int dataStart, int compressed, int uncompressed) {
        int count = (int) header.integer(1);
        int definitionLength = (int) header.integer(5);
        int repetitionLength = (int) header.integer(6);
        int levelsLength = definitionLength + repetitionLength;
        int[] levels = optional
                ? RleHybrid.decode(ByteBuffer.wrap(file, dataStart + repetitionLength, definitionLength), 1, count) : null;
        byte[] data = header.bool(7, true)
                ? ParquetFileReader.decompress(codec, file, dataStart + levelsLength, compressed - levelsLength, uncompressed - levelsLength)
                : java.util.Arrays.copyOfRange(file, dataStart + levelsLength, dataStart + compressed);
        values(ByteBuffer.wrap(data), (int) header.integer(4), count, levels);
        return count;
    }

    private void values(ByteBuffer in, int encoding, int count, int[] levels) {
        int present = count;
        if (levels != null) {
            present = 0;
            for (int level : levels) {
                present += level;
            }
        }
        int[] indices = null;
        if (encoding == PLAIN_DICTIONARY || encoding == RLE_DICTIONARY) {
            if (dictionary == null) {
                throw new IllegalArgumentException("dictionary-encoded page without a dictionary");
            }
            int bitWidth = in.get() & 0xFF;
            indices = RleHybrid.decode(in, bitWidth, present);
        } else if (encoding != PLAIN) {
            throw new IllegalArgumentException("Parquet encoding " + encoding + " is not supported");
        }
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (levels != null && levels[i] == 0) {
                values.addNull();
            } else if (indices != null) {
                values.addFrom(dictionary, indices[next++]);
            } else {
                values.addPlain(in, next++);
            }
        }
    }
}
