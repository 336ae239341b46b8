package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.RecordRepositoryContract;

/** The record contract against PostgreSQL. */
class PostgresRecordRepositoryContractIT extends RecordRepositoryContract {

    PostgresRecordRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
