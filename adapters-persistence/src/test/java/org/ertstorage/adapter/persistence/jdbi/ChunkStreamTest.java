package org.ertstorage.adapter.persistence.jdbi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChunkStreamTest {

    private static final List<byte[]> CHUNKS = List.of(new byte[] {1, 2, 3}, new byte[0], new byte[] {4, 5});

    private static Optional<byte[]> chunk(int seq) {
        return seq < CHUNKS.size() ? Optional.of(CHUNKS.get(seq)) : Optional.empty();
    }

    @Test
    void givenChunks_transferTo_writesThemInOrderSkippingEmptyOnes() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ChunkStream(ChunkStreamTest::chunk)) {
            assertEquals(5, in.transferTo(out));
        }
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, out.toByteArray());
    }

    @Test
    void givenChunks_read_readsThemAcrossChunkEnds() throws IOException {
        try (var in = new ChunkStream(ChunkStreamTest::chunk)) {
            var buffer = new byte[4];
            assertEquals(3, in.read(buffer, 0, 4));
            assertEquals(4, in.read());
            assertEquals(1, in.read(buffer, 0, 4));
            assertEquals(5, buffer[0]);
            assertEquals(-1, in.read(buffer, 0, 4));
        }
    }

    @Test
    void givenFirstChunkTaken_theNextIsFetchedBeforeItIsRead() throws Exception {
        var secondAsked = new CountDownLatch(1);
        try (var in = new ChunkStream(seq -> {
            if (seq == 1) {
                secondAsked.countDown();
            }
            return chunk(seq);
        })) {
            assertEquals(1, in.read());
            assertTrue(secondAsked.await(10, TimeUnit.SECONDS), "chunk 1 is asked for while chunk 0 is read");
        }
    }

    @Test
    void givenFailingNextChunk_read_throwsTheFailureWhenItGetsThere() throws IOException {
        var failure = new IllegalStateException("database gone");
        try (var in = new ChunkStream(seq -> {
            if (seq == 1) {
                throw failure;
            }
            return chunk(seq);
        })) {
            assertEquals(3, in.read(new byte[3], 0, 3));
            assertSame(failure, assertThrows(IllegalStateException.class, in::read));
        }
    }
}
