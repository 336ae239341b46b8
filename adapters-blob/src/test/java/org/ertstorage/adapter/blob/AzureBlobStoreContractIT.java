package org.ertstorage.adapter.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.ListBlobsOptions;
import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.util.List;
import org.ertstorage.application.port.out.BlobStoreContract;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.junit.jupiter.api.Test;

/** The blob store contract against Azure Blob Storage (Azurite in CI), each test on a new container. */
class AzureBlobStoreContractIT extends BlobStoreContract {

    /** The store and container being built, handed from the argument of super() to the fields. */
    private static final ThreadLocal<Target> BUILDING = new ThreadLocal<>();

    private record Target(String containerName, AzureBlobStore store) {
    }

    private final String containerName;
    private final AzureBlobStore store;

    AzureBlobStoreContractIT() {
        super(connectNew());
        var target = BUILDING.get();
        BUILDING.remove();
        this.containerName = target.containerName();
        this.store = target.store();
    }

    private static AzureBlobStore connectNew() {
        var name = TestAzurite.newContainerName();
        var target = new Target(name, (AzureBlobStore) AzureBlobStores.connect(TestAzurite.connectionString(), name));
        BUILDING.set(target);
        return target.store();
    }

    /** Every blob of the container, also those with staged blocks only. */
    private long blobsInContainer() {
        var options = new ListBlobsOptions().setDetails(new BlobListDetails().setRetrieveUncommittedBlobs(true));
        return TestAzurite.container(containerName).listBlobs(options, null).stream().count();
    }

    private static ByteArrayInputStream bytes(int... values) {
        var bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void givenBlockLargerThanAPiece_stageBlock_stagesPiecesThatCommitInOrder() {
        var blob = BlobKey.random();
        var big = BlockId.random();
        long size = AzureBlobStore.PIECE_SIZE * 2L + 3;
        store.stageBlock(blob, big, generated(size, 11), -1);
        var small = BlockId.random();
        store.stageBlock(blob, small, bytes(1, 2, 3), 3);
        store.commitBlocks(blob, List.of(small, big));
        assertArrayEquals(digest(new SequenceInputStream(bytes(1, 2, 3), generated(size, 11))), digest(store.open(blob)));
    }

    @Test
    void givenBlobsAndStagedBlocks_delete_leavesNothingInTheContainer() {
        var written = BlobKey.random();
        store.write(written, bytes(1), 1);
        var staging = BlobKey.random();
        store.stageBlock(staging, BlockId.random(), bytes(2), 1);
        assertEquals(2, blobsInContainer());
        store.delete(List.of(written, staging));
        assertEquals(0, blobsInContainer());
    }
}
