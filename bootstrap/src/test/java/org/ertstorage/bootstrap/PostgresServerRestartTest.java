package org.ertstorage.bootstrap;

import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;

class PostgresServerRestartTest extends ServerRestartContract {

    @Override
    DatabaseSettings database() {
        return TestDatabases.postgres();
    }
}
