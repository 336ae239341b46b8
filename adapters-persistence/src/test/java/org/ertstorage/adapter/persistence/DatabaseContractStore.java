package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.ContractStore;
import org.ertstorage.application.port.out.Transactions;

/** A migrated database as the store of the repository contracts, one per vendor for the whole run. */
final class DatabaseContractStore implements ContractStore {

    private static DatabaseContractStore h2;
    private static DatabaseContractStore postgres;

    private final JdbiPersistence persistence;

    private DatabaseContractStore(DatabaseSettings settings) {
        persistence = JdbiPersistence.open(settings);
        persistence.migrator().migrate();
    }

    static synchronized ContractStore h2() {
        if (h2 == null) {
            h2 = new DatabaseContractStore(TestDatabases.h2());
        }
        return h2;
    }

    static synchronized ContractStore postgres() {
        if (postgres == null) {
            postgres = new DatabaseContractStore(TestDatabases.postgres());
        }
        return postgres;
    }

    /** The blob store of the H2 store's database. */
    static synchronized BlobStore h2blobs() {
        h2();
        return h2.persistence.blobStore();
    }

    /** The blob store of the PostgreSQL store's database. */
    static synchronized BlobStore postgresBlobs() {
        postgres();
        return postgres.persistence.blobStore();
    }

    @Override
    public Transactions transactions() {
        return persistence.transactions();
    }
}
