package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.UserdataRepositoryContract;

/** The userdata contract against H2. */
class H2UserdataRepositoryContractTest extends UserdataRepositoryContract {

    H2UserdataRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
