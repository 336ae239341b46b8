package org.ertstorage.application.port.out;

/** The experiment contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryExperimentRepositoryContractTest extends ExperimentRepositoryContract {

    InMemoryExperimentRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
