package org.ertstorage.adapter.blob;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.junit.jupiter.api.Test;

/** An Azure account that does not answer: every call ends, after the SDK's retries, as "unavailable". */
class AzureBlobStoreUnavailableTest {

    private static final String DEVELOPMENT_KEY =
            "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static AzureBlobStore unreachable() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        var container = new BlobServiceClientBuilder()
                .connectionString("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DEVELOPMENT_KEY
                        + ";BlobEndpoint=http://127.0.0.1:" + port + "/devstoreaccount1;")
                .retryOptions(new RequestRetryOptions(RetryPolicyType.FIXED, 2, Duration.ofSeconds(5),
                        Duration.ofMillis(10), Duration.ofMillis(10), null))
                .buildClient().getBlobContainerClient("ert");
        return new AzureBlobStore(container);
    }

    @Test
    void givenUnreachableAccount_everyOperation_throwsStorageUnavailable() throws IOException {
        var store = unreachable();
        var blob = BlobKey.random();
        assertThrows(StorageUnavailableException.class, () -> store.write(blob, new ByteArrayInputStream(new byte[] {1}), 1));
        assertThrows(StorageUnavailableException.class,
                () -> store.stageBlock(blob, BlockId.random(), new ByteArrayInputStream(new byte[] {1}), 1));
        assertThrows(StorageUnavailableException.class, () -> store.commitBlocks(blob, List.of(BlockId.random())));
        assertThrows(StorageUnavailableException.class, () -> store.open(blob));
        assertThrows(StorageUnavailableException.class, () -> store.delete(List.of(blob)));
    }
}
