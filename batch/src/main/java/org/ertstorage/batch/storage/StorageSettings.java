package org.ertstorage.batch.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.adapter.persistence.DatabaseSettings;

/**
 * Where ERT's data is kept, as the server and the batch commands read it from the environment:
 * the database, whether to migrate it first, the pool's size and connection timeout, and Azure Blob
 * Storage when blobs go there.
 */
public record StorageSettings(DatabaseUrl database, boolean migrateOnStart, int databasePoolSize,
        Duration databaseConnectionTimeout, Optional<AzureBlobs> azure) {

    public static final int DEFAULT_POOL_SIZE = 16;

    public StorageSettings {
        Objects.requireNonNull(database, "'database' must not be null");
        Objects.requireNonNull(databaseConnectionTimeout, "'databaseConnectionTimeout' must not be null");
        Objects.requireNonNull(azure, "'azure' must not be null");
        if (databasePoolSize < 1) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_POOL_SIZE must be at least 1, got " + databasePoolSize);
        }
        if (databaseConnectionTimeout.isNegative() || databaseConnectionTimeout.isZero()) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_CONNECTION_TIMEOUT_SECONDS must be at least 1, got "
                    + databaseConnectionTimeout.toSeconds());
        }
    }

    /** With the default connection timeout. */
    public StorageSettings(DatabaseUrl database, boolean migrateOnStart, int databasePoolSize, Optional<AzureBlobs> azure) {
        this(database, migrateOnStart, databasePoolSize, DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT, azure);
    }

    /**
     * {@code ERT_STORAGE_DATABASE_URL} (+ {@code _USER}, {@code _PASSWORD}), {@code _MIGRATE}, {@code _POOL_SIZE},
     * {@code _CONNECTION_TIMEOUT_SECONDS}, {@code ERT_STORAGE_AZURE_*}.
     */
    public static StorageSettings from(Environment env) {
        var database = env.nonEmpty("ERT_STORAGE_DATABASE_URL").map(DatabaseUrl::parse).orElse(DatabaseUrl.IN_MEMORY);
        var user = env.nonEmpty("ERT_STORAGE_DATABASE_USER");
        var password = env.nonEmpty("ERT_STORAGE_DATABASE_PASSWORD");
        if (user.isPresent() || password.isPresent()) {
            database = new DatabaseUrl(database.jdbcUrl(), user.orElse(database.user()), password.orElse(database.password()));
        }
        boolean migrate = env.flag("ERT_STORAGE_MIGRATE").orElse(true);
        int poolSize = env.number("ERT_STORAGE_DATABASE_POOL_SIZE", Integer.MAX_VALUE).map(Long::intValue)
                .orElse(DEFAULT_POOL_SIZE);
        var connectionTimeout = env.number("ERT_STORAGE_DATABASE_CONNECTION_TIMEOUT_SECONDS", 3_600)
                .map(Duration::ofSeconds).orElse(DatabaseSettings.DEFAULT_CONNECTION_TIMEOUT);
        var azure = env.nonEmpty("ERT_STORAGE_AZURE_CONNECTION_STRING").map(connection -> new AzureBlobs(connection,
                env.nonEmpty("ERT_STORAGE_AZURE_BLOB_CONTAINER").orElse(AzureBlobs.DEFAULT_CONTAINER)));
        return new StorageSettings(database, migrate, poolSize, connectionTimeout, azure);
    }

    /** What the persistence adapter opens its pool with. */
    DatabaseSettings databaseSettings() {
        return new DatabaseSettings(database.jdbcUrl(), database.user(), database.password(), databasePoolSize,
                databaseConnectionTimeout);
    }
}
