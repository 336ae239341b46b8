package org.ertstorage.batch.storage;

import java.util.Objects;

/** Azure Blob Storage for record blobs (API.md 11.1); the connection string is a secret. */
public record AzureBlobs(String connectionString, String container) {

    public static final String DEFAULT_CONTAINER = "ert";

    public AzureBlobs {
        Objects.requireNonNull(connectionString, "'connectionString' must not be null");
        Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public String toString() {
        return "AzureBlobs[container=" + container + "]";
    }
}
