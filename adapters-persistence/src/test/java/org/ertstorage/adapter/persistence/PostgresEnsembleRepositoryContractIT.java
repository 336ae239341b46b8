package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.EnsembleRepositoryContract;

/** The ensemble contract against PostgreSQL. */
class PostgresEnsembleRepositoryContractIT extends EnsembleRepositoryContract {

    PostgresEnsembleRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
