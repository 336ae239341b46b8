package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ObservationRepositoryContract;

/** The observation contract against H2. */
class H2ObservationRepositoryContractTest extends ObservationRepositoryContract {

    H2ObservationRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
