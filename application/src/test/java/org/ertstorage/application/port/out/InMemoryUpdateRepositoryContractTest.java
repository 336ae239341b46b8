package org.ertstorage.application.port.out;

/** The update contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryUpdateRepositoryContractTest extends UpdateRepositoryContract {

    InMemoryUpdateRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
