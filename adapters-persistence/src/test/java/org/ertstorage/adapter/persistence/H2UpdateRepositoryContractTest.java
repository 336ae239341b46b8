package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.UpdateRepositoryContract;

/** The update contract against H2. */
class H2UpdateRepositoryContractTest extends UpdateRepositoryContract {

    H2UpdateRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
