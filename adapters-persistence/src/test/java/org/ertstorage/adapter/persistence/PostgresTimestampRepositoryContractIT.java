package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.TimestampRepositoryContract;

/** The timestamp contract against PostgreSQL. */
class PostgresTimestampRepositoryContractIT extends TimestampRepositoryContract {

    PostgresTimestampRepositoryContractIT() {
        super(DatabaseContractStore.postgres());
    }
}
