package org.ertstorage.application.port.out;

/** The ensemble contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryEnsembleRepositoryContractTest extends EnsembleRepositoryContract {

    InMemoryEnsembleRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
