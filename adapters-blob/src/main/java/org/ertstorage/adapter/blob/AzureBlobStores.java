package org.ertstorage.adapter.blob;

import com.azure.storage.blob.BlobServiceClientBuilder;
import org.ertstorage.application.port.out.BlobStore;

/** The way in: a blob store on an Azure Blob Storage container. */
public final class AzureBlobStores {

    private AzureBlobStores() {
    }

    /**
     * Connects to the account of the connection string and creates the container when it is
     * missing. Transient errors are retried with the SDK's default policy (exponential back-off).
     *
     * @param connectionString an Azure Storage connection string (Azurite's works too)
     * @param container the container's name, e.g. {@code ert}
     */
    public static BlobStore connect(String connectionString, String container) {
        var service = new BlobServiceClientBuilder().connectionString(connectionString).buildClient();
        var client = service.getBlobContainerClient(container);
        AzureBlobStore.remote(client::createIfNotExists);
        return new AzureBlobStore(client);
    }
}
