package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.UserdataRepositoryContract;

/** The userdata contract against PostgreSQL. */
class PostgresUserdataRepositoryContractIT extends UserdataRepositoryContract {

    PostgresUserdataRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
