package org.ertstorage.application.port.out;

/** The userdata contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryUserdataRepositoryContractTest extends UserdataRepositoryContract {

    InMemoryUserdataRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
