package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.UpdateRepositoryContract;

/** The update contract against PostgreSQL. */
class PostgresUpdateRepositoryContractIT extends UpdateRepositoryContract {

    PostgresUpdateRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
