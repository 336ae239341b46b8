package org.ertstorage.adapter.blob;

import com.azure.storage.blob.BlobServiceClientBuilder;
import org.ertstorage.application.port.out.BlobStore;

/** The way in: a blob store on an Azure Blob Storage container. */
public final class AzureBlobStores {

    private static final String RESTRICTED_HEADERS = "jdk.httpclient.allowRestrictedHeaders";

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
        // The SDK sets Content-Length on every request; the JDK's HttpClient drops it (it computes
        // its own) and the SDK warns once per request unless the header is allowed. It is read
        // when the JDK's HttpClient is first used, so before the first client is built.
        if (System.getProperty(RESTRICTED_HEADERS) == null) {
            System.setProperty(RESTRICTED_HEADERS, "content-length");
        }
        var service = new BlobServiceClientBuilder().connectionString(connectionString).buildClient();
        var client = service.getBlobContainerClient(container);
        client.createIfNotExists();
        return new AzureBlobStore(client);
    }
}
