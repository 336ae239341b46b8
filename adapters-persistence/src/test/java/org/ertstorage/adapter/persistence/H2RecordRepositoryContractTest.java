package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.RecordRepositoryContract;

/** The record contract against H2. */
class H2RecordRepositoryContractTest extends RecordRepositoryContract {

    H2RecordRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
