package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.BlobStoreContract;

/** The blob store contract against the database blob store on PostgreSQL. */
class PostgresBlobStoreContractIT extends BlobStoreContract {

    PostgresBlobStoreContractIT() {
        super(DatabaseContractStore.postgresBlobs());
    }
}
