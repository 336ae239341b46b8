package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.EnsembleRepositoryContract;

/** The ensemble contract against H2. */
class H2EnsembleRepositoryContractTest extends EnsembleRepositoryContract {

    H2EnsembleRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
