package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.TimestampRepositoryContract;

/** The timestamp contract against H2. */
class H2TimestampRepositoryContractTest extends TimestampRepositoryContract {

    H2TimestampRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
