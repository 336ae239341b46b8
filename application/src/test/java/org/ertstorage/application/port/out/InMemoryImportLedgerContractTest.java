package org.ertstorage.application.port.out;

/** The import ledger contract against the in-memory fake. */
class InMemoryImportLedgerContractTest extends ImportLedgerContract {

    InMemoryImportLedgerContractTest() {
        super(ContractStore.inMemory());
    }
}
