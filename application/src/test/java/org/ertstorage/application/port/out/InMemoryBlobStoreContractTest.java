package org.ertstorage.application.port.out;

/** The blob store contract against the in-memory fake. */
class InMemoryBlobStoreContractTest extends BlobStoreContract {

    InMemoryBlobStoreContractTest() {
        super(new InMemoryBlobStore());
    }
}
