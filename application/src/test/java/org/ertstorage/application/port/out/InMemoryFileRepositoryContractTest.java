package org.ertstorage.application.port.out;

/** The file contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryFileRepositoryContractTest extends FileRepositoryContract {

    InMemoryFileRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
