package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ImportLedgerContract;

/** The import ledger contract against H2. */
class H2ImportLedgerContractTest extends ImportLedgerContract {

    H2ImportLedgerContractTest() {
        super(DatabaseContractStore.h2());
    }
}
