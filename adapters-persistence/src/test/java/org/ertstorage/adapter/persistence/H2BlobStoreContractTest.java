package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.BlobStoreContract;

/** The blob store contract against the database blob store on H2. */
class H2BlobStoreContractTest extends BlobStoreContract {

    H2BlobStoreContractTest() {
        super(DatabaseContractStore.h2blobs());
    }
}
