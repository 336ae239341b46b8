package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ImportLedgerContract;

/** The import ledger contract against PostgreSQL. */
class PostgresImportLedgerContractIT extends ImportLedgerContract {

    PostgresImportLedgerContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
