package org.ertstorage.adapter.blob;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.Block;
import com.azure.storage.blob.models.BlockListType;
import com.azure.storage.blob.specialized.BlockBlobClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;

/**
 * Blobs as Azure block blobs in one container. The blob's name is the {@link BlobKey} (a random
 * UUID chosen by the application; API.md 11.2 names blobs {@code name@realization@uuid}, which
 * DEFECTS D-53 leaves free). A port block is staged as one or more Azure blocks ("pieces") of at
 * most {@link #PIECE_SIZE} bytes, each sent with its MD5, which Azure checks; so memory holds one
 * piece per upload, never a whole block or blob. An Azure block id is the Base64 of a 24-byte hash
 * of the port's block id and a 4-byte piece number: equal length for every block, as Azure
 * requires, and listing the staged blocks gives each port block's pieces in order.
 */
final class AzureBlobStore implements BlobStore {

    /** The most bytes of one Azure block, and of the buffer an upload holds. */
    static final int PIECE_SIZE = 4 * 1024 * 1024;

    /** The least buffer of an upload, in case a declared size is too small. */
    private static final int MIN_BUFFER = 64 * 1024;

    private static final int HASH_LENGTH = 24;

    /** Answers of Azure that may go away when the request is sent again later. */
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final BlobContainerClient container;

    AzureBlobStore(BlobContainerClient container) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public void write(BlobKey blob, InputStream content, long size) {
        var block = BlockId.random();
        stageBlock(blob, block, content, size);
        commitBlocks(blob, List.of(block));
    }

    @Override
    public void stageBlock(BlobKey blob, BlockId block, InputStream content, long size) {
        var client = client(blob);
        var buffer = new byte[(int) (size >= 0 ? Math.clamp(size, MIN_BUFFER, PIECE_SIZE) : PIECE_SIZE)];
        int piece = 0;
        try (content) {
            // A block of no bytes is still staged, as an empty piece, so a commit finds it.
            for (int n = content.readNBytes(buffer, 0, buffer.length); n > 0 || piece == 0;
                    n = content.readNBytes(buffer, 0, buffer.length)) {
                var id = pieceId(block, piece++);
                var length = n;
                remote(() -> client.stageBlockWithResponse(id, new ByteArrayInputStream(buffer, 0, length), length,
                        md5(buffer, length), null, null, Context.NONE));
                if (n < buffer.length) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the content of blob " + blob, e);
        }
    }

    @Override
    public void commitBlocks(BlobKey blob, List<BlockId> blocks) {
        var client = client(blob);
        var pieces = blocks.isEmpty() ? Map.<String, TreeMap<Integer, String>>of() : stagedPieces(client);
        var ids = new ArrayList<String>();
        for (var block : blocks) {
            var ofBlock = pieces.get(hash(block));
            if (ofBlock == null || ofBlock.lastKey() != ofBlock.size() - 1) {
                throw new IllegalStateException("Block " + block + " of blob " + blob + " was never staged");
            }
            ids.addAll(ofBlock.values());
        }
        // Committing discards every staged block not in the list, as the port requires.
        remote(() -> client.commitBlockList(ids, true));
    }

    @Override
    public InputStream open(BlobKey blob) {
        try {
            return remote(() -> client(blob).openInputStream());
        } catch (BlobStorageException e) {
            if (e.getErrorCode() == BlobErrorCode.BLOB_NOT_FOUND) {
                return InputStream.nullInputStream();
            }
            throw e;
        }
    }

    @Override
    public void delete(Collection<BlobKey> blobs) {
        for (var blob : blobs) {
            var client = client(blob);
            if (!remote(client::deleteIfExists) && !stagedPieces(client).isEmpty()) {
                // Only staged blocks: Azure cannot delete them, but a commit of no blocks
                // discards them, and the empty blob it leaves can be deleted.
                remote(() -> client.commitBlockList(List.of(), true));
                remote(client::deleteIfExists);
            }
        }
    }

    /** Whether the container answers; the readiness check bounds how long it may take. */
    @Override
    public boolean isReachable() {
        try {
            return container.exists();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs one call to Azure. The SDK has retried it already, so a failure that is still
     * transient (busy, timed out, unreachable) tells the client to come back later.
     */
    static <T> T remote(Supplier<T> call) {
        try {
            return call.get();
        } catch (BlobStorageException e) {
            if (TRANSIENT_STATUSES.contains(e.getStatusCode())) {
                throw unavailable(e);
            }
            throw e;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IOException || cause instanceof TimeoutException) {
                    throw unavailable(e);
                }
            }
            throw e;
        }
    }

    private static StorageUnavailableException unavailable(RuntimeException e) {
        return new StorageUnavailableException("Azure Blob Storage is unavailable: " + e.getMessage(), RETRY_AFTER, e);
    }

    private BlockBlobClient client(BlobKey blob) {
        return container.getBlobClient(blob.value()).getBlockBlobClient();
    }

    /** The staged (uncommitted) Azure blocks of a blob: by port block hash, by piece number. */
    private static Map<String, TreeMap<Integer, String>> stagedPieces(BlockBlobClient client) {
        List<Block> staged;
        try {
            staged = remote(() -> client.listBlocks(BlockListType.UNCOMMITTED)).getUncommittedBlocks();
        } catch (BlobStorageException e) {
            if (e.getErrorCode() == BlobErrorCode.BLOB_NOT_FOUND) {
                return Map.of();
            }
            throw e;
        }
        var pieces = new HashMap<String, TreeMap<Integer, String>>();
        for (var block : staged) {
            var raw = Base64.getDecoder().decode(block.getName());
            if (raw.length != HASH_LENGTH + Integer.BYTES) {
                continue; // not staged by this store
            }
            var hash = Base64.getEncoder().encodeToString(Arrays.copyOf(raw, HASH_LENGTH));
            pieces.computeIfAbsent(hash, h -> new TreeMap<>())
                    .put(ByteBuffer.wrap(raw, HASH_LENGTH, Integer.BYTES).getInt(), block.getName());
        }
        return pieces;
    }

    private static String pieceId(BlockId block, int piece) {
        var raw = ByteBuffer.allocate(HASH_LENGTH + Integer.BYTES).put(hashBytes(block)).putInt(piece).array();
        return Base64.getEncoder().encodeToString(raw);
    }

    private static String hash(BlockId block) {
        return Base64.getEncoder().encodeToString(hashBytes(block));
    }

    private static byte[] hashBytes(BlockId block) {
        return Arrays.copyOf(digest("SHA-256").digest(block.value().getBytes(StandardCharsets.UTF_8)), HASH_LENGTH);
    }

    private static byte[] md5(byte[] buffer, int length) {
        var md5 = digest("MD5");
        md5.update(buffer, 0, length);
        return md5.digest();
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
