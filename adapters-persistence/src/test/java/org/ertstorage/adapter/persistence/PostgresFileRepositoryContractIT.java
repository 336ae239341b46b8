package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.FileRepositoryContract;

/** The file contract against PostgreSQL. */
class PostgresFileRepositoryContractIT extends FileRepositoryContract {

    PostgresFileRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
