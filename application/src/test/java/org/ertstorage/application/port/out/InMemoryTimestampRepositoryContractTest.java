package org.ertstorage.application.port.out;

/** The timestamp contract against the in-memory fake. */
class InMemoryTimestampRepositoryContractTest extends TimestampRepositoryContract {

    InMemoryTimestampRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
