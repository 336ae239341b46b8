package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.ObservationRepositoryContract;

/** The observation contract against PostgreSQL. */
class PostgresObservationRepositoryContractIT extends ObservationRepositoryContract {

    PostgresObservationRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
