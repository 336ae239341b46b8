package org.ertstorage.batch.storage;

import java.util.function.Consumer;
import org.ertstorage.adapter.blob.AzureBlobStores;
import org.ertstorage.adapter.persistence.JdbiPersistence;
import org.ertstorage.adapter.persistence.SchemaMigrator;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.Transactions;

/**
 * The outgoing side of the hexagon, built from {@link StorageSettings}: the database (pool,
 * repositories, migrations) and the blob store, in the database or in Azure. The server and the
 * batch commands wire their use cases onto it.
 */
public final class Storage implements AutoCloseable {

    private final StorageSettings settings;
    private final JdbiPersistence persistence;
    private final BlobStore blobs;

    private Storage(StorageSettings settings, JdbiPersistence persistence, BlobStore blobs) {
        this.settings = settings;
        this.persistence = persistence;
        this.blobs = blobs;
    }

    /**
     * Connects to the database and to Azure Blob Storage when configured (creating the container if missing).
     *
     * @param meterRegistry a Micrometer registry for the pool's metrics, or null
     * @param statementListener told every SQL statement run (tests count them)
     * @throws IllegalStateException when the database cannot be reached
     */
    public static Storage connect(StorageSettings settings, Object meterRegistry, Consumer<String> statementListener) {
        var persistence = JdbiPersistence.open(settings.databaseSettings(), meterRegistry, statementListener);
        try {
            var blobs = settings.azure()
                    .map(azure -> AzureBlobStores.connect(azure.connectionString(), azure.container()))
                    .orElseGet(persistence::blobStore);
            return new Storage(settings, persistence, blobs);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    public Transactions transactions() {
        return persistence.transactions();
    }

    public BlobStore blobs() {
        return blobs;
    }

    public SchemaMigrator migrator() {
        return persistence.migrator();
    }

    /** Whether {@link #prepareSchema()} migrates: when asked to, and always for an in-memory database, which starts empty. */
    public boolean migratesOnStart() {
        return settings.migrateOnStart() || settings.database().isInMemory();
    }

    /**
     * Migrates the schema, or, with migrations left to the operator, checks that it is up to date.
     *
     * @return the number of migrations applied now
     * @throws IllegalStateException when the schema is behind and may not be migrated
     */
    public int prepareSchema() {
        if (migratesOnStart()) {
            return migrator().migrate();
        }
        try {
            migrator().validate();
            return 0;
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage()
                    + " ERT_STORAGE_MIGRATE=false leaves migrations to you: run './ert-storage db migrate' first.", e);
        }
    }

    public String databaseProduct() {
        return persistence.databaseProduct();
    }

    /** Whether the database answers now. */
    public boolean isDatabaseReachable() {
        return persistence.isReachable();
    }

    /** Where record blobs are kept, for the log. */
    public String blobStoreDescription() {
        return settings.azure()
                .map(azure -> "Azure Blob Storage, container '" + azure.container() + "'")
                .orElse("the database");
    }

    @Override
    public void close() {
        persistence.close();
    }
}
