package org.ertstorage.application.port.out;

/** The record contract against the in-memory fake, so the fake cannot drift from the adapters. */
class InMemoryRecordRepositoryContractTest extends RecordRepositoryContract {

    InMemoryRecordRepositoryContractTest() {
        super(ContractStore.inMemory());
    }
}
