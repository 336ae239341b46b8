package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.FileRepositoryContract;

/** The file contract against H2. */
class H2FileRepositoryContractTest extends FileRepositoryContract {

    H2FileRepositoryContractTest() {
        super(DatabaseContractStore.h2());
    }
}
