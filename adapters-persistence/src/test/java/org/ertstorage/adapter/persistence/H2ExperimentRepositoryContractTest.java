package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ExperimentRepositoryContract;

/** The experiment contract against H2. */
class H2ExperimentRepositoryContractTest extends ExperimentRepositoryContract {

    H2ExperimentRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
