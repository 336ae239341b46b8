package org.ertstorage.application.port.out;

/** The observation contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryObservationRepositoryContractTest extends ObservationRepositoryContract {

    InMemoryObservationRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
