package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What every {@link BlobStore} must do; subclasses choose the store. Blobs of MiBs stream through. */
public abstract class BlobStoreContract {

    protected static final int MIB = 1024 * 1024;

    private final BlobStore store;

    protected BlobStoreContract(BlobStore store) {
        this.store = Objects.requireNonNull(store, "'store' must not be null");
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private String read(BlobKey blob) {
        try (var in = store.open(blob)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BlockId staged(BlobKey blob, String text) {
        var block = BlockId.random();
        store.stageBlock(blob, block, text(text), text.length());
        return block;
    }

    /** {@code size} pseudo-random bytes made while read, so tests of big blobs hold none of them. */
    protected static InputStream generated(long size, long seed) {
        var random = new SplittableRandom(seed);
        return new InputStream() {
            private long left = size;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (left == 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) random.nextInt(256);
                }
                left -= n;
                return n;
            }
        };
    }

    /** The SHA-256 of a stream, read in odd-sized pieces; closes it. */
    protected static byte[] digest(InputStream in) {
        try (in) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[12_345];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return digest.digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenContent_write_readsBack() {
        var blob = BlobKey.random();
        store.write(blob, text("hello"), 5);
        assertEquals("hello", read(blob));
        assertEquals("hello", read(blob), "a blob reads more than once");
    }

    @Test
    void givenUnknownSize_write_readsBack() {
        var blob = BlobKey.random();
        store.write(blob, text("no length"), -1);
        assertEquals("no length", read(blob));
    }

    @Test
    void givenEmptyContent_write_readsBackEmpty() {
        var blob = BlobKey.random();
        store.write(blob, InputStream.nullInputStream(), 0);
        assertEquals("", read(blob));
    }

    @Test
    void givenEveryByteValue_write_readsBackByteForByteAlsoByteByByte() throws IOException {
        var bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        var blob = BlobKey.random();
        store.write(blob, new ByteArrayInputStream(bytes), bytes.length);
        try (var in = store.open(blob)) {
            var read = new byte[bytes.length];
            for (int i = 0; i < read.length; i++) {
                read[i] = (byte) in.read();
            }
            assertEquals(-1, in.read());
            assertArrayEquals(bytes, read);
        }
    }

    @Test
    void givenWrittenBlob_write_replacesTheContent() {
        var blob = BlobKey.random();
        store.write(blob, text("first, longer"), -1);
        store.write(blob, text("second"), -1);
        assertEquals("second", read(blob));
    }

    @Test
    void givenUnknownBlob_open_isEmpty() {
        assertEquals("", read(BlobKey.random()));
    }

    @Test
    void givenBlocks_commitBlocks_joinsThemInTheGivenOrder() {
        var blob = BlobKey.random();
        var b = staged(blob, "b");
        var a = staged(blob, "a");
        var c = staged(blob, "c");
        assertEquals("", read(blob), "staged blocks are not content yet");
        store.commitBlocks(blob, List.of(a, b, c));
        assertEquals("abc", read(blob));
    }

    @Test
    void givenCommittedBlob_commitBlocks_discardedEveryStagedBlock() {
        var blob = BlobKey.random();
        var kept = staged(blob, "kept");
        var dropped = staged(blob, "dropped");
        store.commitBlocks(blob, List.of(kept));
        assertEquals("kept", read(blob));
        assertThrows(IllegalStateException.class, () -> store.commitBlocks(blob, List.of(dropped)));
        assertEquals("kept", read(blob));
    }

    @Test
    void givenNoBlocks_commitBlocks_makesAnEmptyBlob() {
        var blob = BlobKey.random();
        store.commitBlocks(blob, List.of());
        assertEquals("", read(blob));
    }

    @Test
    void givenUnstagedBlock_commitBlocks_throwsAndKeepsTheStagedOnes() {
        var blob = BlobKey.random();
        var a = staged(blob, "a");
        assertThrows(IllegalStateException.class, () -> store.commitBlocks(blob, List.of(a, BlockId.random())));
        store.commitBlocks(blob, List.of(a));
        assertEquals("a", read(blob));
    }

    @Test
    void givenBlocksOfTwoBlobs_commitBlocks_touchesOnlyItsBlob() {
        var first = BlobKey.random();
        var second = BlobKey.random();
        var one = staged(first, "one");
        var two = staged(second, "two");
        store.commitBlocks(first, List.of(one));
        store.commitBlocks(second, List.of(two));
        assertEquals("one", read(first));
        assertEquals("two", read(second));
    }

    @Test
    void givenBlobsWithContentAndBlocks_delete_removesThemAndIgnoresUnknownOnes() {
        var written = BlobKey.random();
        store.write(written, text("x"), 1);
        var staging = BlobKey.random();
        var block = staged(staging, "y");
        var kept = BlobKey.random();
        store.write(kept, text("z"), 1);
        store.delete(List.of(written, staging, BlobKey.random()));
        assertEquals("", read(written));
        assertThrows(IllegalStateException.class, () -> store.commitBlocks(staging, List.of(block)));
        assertEquals("z", read(kept));
        store.delete(List.of());
    }

    /** A request body that breaks off after {@code size} bytes. */
    private static InputStream breakingOffAfter(long size) {
        return new java.io.SequenceInputStream(generated(size, 3), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
    }

    /** A store that leaves its connection half-way through a write would hang here, hence the timeout. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void givenStreamBreakingOff_write_throwsKeepsTheContentAndTheStoreWorks() {
        var blob = BlobKey.random();
        store.write(blob, text("before"), -1);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThrows(UncheckedIOException.class, () -> store.write(blob, breakingOffAfter(MIB + 10), -1));
            assertThrows(UncheckedIOException.class, () -> store.stageBlock(blob, BlockId.random(), breakingOffAfter(10), -1));
        }
        assertEquals("before", read(blob));
        var block = staged(blob, "after");
        store.commitBlocks(blob, List.of(block));
        assertEquals("after", read(blob));
    }

    @Test
    void givenMoreThanOneChunk_write_readsBackByteExactly() {
        var blob = BlobKey.random();
        long size = 3L * MIB + 12_345;
        store.write(blob, generated(size, 7), size);
        assertArrayEquals(digest(generated(size, 7)), digest(store.open(blob)));
    }

    /** API.md 6.4: the original's skipped test, 12 MiB staged in 4 MiB blocks. */
    @Test
    void given12MibIn4MibBlocks_commitBlocks_readsBackByteExactly() {
        var blob = BlobKey.random();
        var blocks = new ArrayList<BlockId>();
        var expected = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
                generated(4L * MIB, 0), generated(4L * MIB, 1), generated(4L * MIB, 2))));
        for (int seed = 2; seed >= 0; seed--) {
            var block = BlockId.random();
            store.stageBlock(blob, block, generated(4L * MIB, seed), 4L * MIB);
            blocks.addFirst(block);
        }
        store.commitBlocks(blob, blocks);
        assertArrayEquals(digest(expected), digest(store.open(blob)));
    }
}
