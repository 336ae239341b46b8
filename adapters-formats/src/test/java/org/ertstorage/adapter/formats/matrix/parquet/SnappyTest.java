package org.ertstorage.adapter.formats.matrix.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnappyTest {

    @Test
    void givenLiteralAndOverlappingCopy_decompress_repeatsTheText() {
        byte[] block = {12, 2 << 2, 'a', 'b', 'c', (5 << 2) | 1, 3};
        assertArrayEquals("abcabcabcabc".getBytes(StandardCharsets.US_ASCII), Snappy.decompress(block, 0, block.length));
    }

    @Test
    void givenTwoByteOffsetCopy_decompress_copies() {
        byte[] block = {6, 2 << 2, 'x', 'y', 'z', (2 << 2) | 2, 3, 0};
        assertArrayEquals("xyzxyz".getBytes(StandardCharsets.US_ASCII), Snappy.decompress(block, 0, block.length));
    }

    @Test
    void givenCopyBeforeStart_decompress_throws() {
        byte[] block = {5, 0, 'a', (0 << 2) | 1, 4};
        assertThrows(IllegalArgumentException.class, () -> Snappy.decompress(block, 0, block.length));
    }
}
