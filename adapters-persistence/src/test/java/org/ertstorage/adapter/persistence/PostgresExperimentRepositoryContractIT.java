package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ExperimentRepositoryContract;

/** The experiment contract against PostgreSQL. */
class PostgresExperimentRepositoryContractIT extends ExperimentRepositoryContract {

    PostgresExperimentRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
