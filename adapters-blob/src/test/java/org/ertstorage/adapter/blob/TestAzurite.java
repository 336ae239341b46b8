package org.ertstorage.adapter.blob;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import java.util.UUID;
import org.ertstorage.application.port.out.BlobStore;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.azure.AzuriteContainer;

/**
 * Azure Blob Storage for tests, shared with bootstrap's end-to-end tests: the account of
 * {@code ERT_STORAGE_TEST_AZURE_CONNECTION_STRING} (Azurite in CI, see {@code .ci/run}), else an
 * Azurite container when Docker answers, else the calling test is aborted, loudly. Every caller
 * gets a container of its own.
 */
public final class TestAzurite {

    public static final String CONNECTION_STRING_VARIABLE = "ERT_STORAGE_TEST_AZURE_CONNECTION_STRING";
    private static final String AZURE_MISSING = "Azure tests skipped: set " + CONNECTION_STRING_VARIABLE
            + " (e.g. to Azurite's, see README \"Azure Blob Storage\") or start Docker";

    private TestAzurite() {
    }

    /** The connection string of the test account; aborts the calling test when there is none. */
    public static String connectionString() {
        var value = System.getenv(CONNECTION_STRING_VARIABLE);
        if (value != null && !value.isBlank()) {
            return value.strip();
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return Container.AZURITE.getConnectionString();
        }
        System.err.println(AZURE_MISSING);
        return Assumptions.abort(AZURE_MISSING);
    }

    /** One Azurite for the whole test run, started on first use; Testcontainers removes it at exit. */
    private static final class Container {

        static final AzuriteContainer AZURITE = start();

        private static AzuriteContainer start() {
            var container = new AzuriteContainer("mcr.microsoft.com/azure-storage/azurite:3.35.0");
            container.start();
            return container;
        }
    }

    /** A name no other test uses, for a container created by the code under test. */
    public static String newContainerName() {
        return "ert-test-" + UUID.randomUUID();
    }

    /** A client of a container, to look at what the code under test stored. */
    public static BlobContainerClient container(String name) {
        return new BlobServiceClientBuilder().connectionString(connectionString()).buildClient()
                .getBlobContainerClient(name);
    }

    /** A blob store on a new container. */
    public static BlobStore newStore() {
        return AzureBlobStores.connect(connectionString(), newContainerName());
    }
}
