package org.ertstorage.application.port.out;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;

/** Blobs in memory, whole: the fake for use-case and adapter tests, which use small blobs. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<BlobKey, byte[]> contents = new ConcurrentHashMap<>();
    private final Map<BlobKey, Map<BlockId, byte[]>> staged = new ConcurrentHashMap<>();

    @Override
    public void write(BlobKey blob, InputStream content, long size) {
        contents.put(blob, readAll(content));
    }

    @Override
    public void stageBlock(BlobKey blob, BlockId block, InputStream content, long size) {
        staged.computeIfAbsent(blob, key -> new ConcurrentHashMap<>()).put(block, readAll(content));
    }

    @Override
    public synchronized void commitBlocks(BlobKey blob, List<BlockId> blocks) {
        var ofBlob = staged.getOrDefault(blob, Map.of());
        var joined = new ByteArrayOutputStream();
        for (var block : blocks) {
            var bytes = ofBlob.get(block);
            if (bytes == null) {
                throw new IllegalStateException("block " + block + " of blob " + blob + " was never staged");
            }
            joined.writeBytes(bytes);
        }
        contents.put(blob, joined.toByteArray());
        staged.remove(blob);
    }

    @Override
    public InputStream open(BlobKey blob) {
        return new ByteArrayInputStream(contents.getOrDefault(blob, new byte[0]));
    }

    @Override
    public void delete(Collection<BlobKey> blobs) {
        blobs.forEach(blob -> {
            contents.remove(blob);
            staged.remove(blob);
        });
    }

    /** Whether the blob has content or staged blocks; for tests that check clean-up. */
    public boolean holds(BlobKey blob) {
        return contents.containsKey(blob) || staged.containsKey(blob);
    }

    /** How many blobs have content or staged blocks. */
    public int size() {
        var keys = new java.util.HashSet<>(contents.keySet());
        keys.addAll(staged.keySet());
        return keys.size();
    }

    private static byte[] readAll(InputStream content) {
        try (content) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isReachable() {
        return true;
    }
}
