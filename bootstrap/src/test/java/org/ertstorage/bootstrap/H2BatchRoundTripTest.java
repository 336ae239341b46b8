package org.ertstorage.bootstrap;

import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.TestDatabases;

/** The batch round trip between two fresh in-memory H2 databases (one JVM, so the batch commands reach them). */
class H2BatchRoundTripTest extends BatchRoundTripContract {

    @Override
    protected DatabaseSettings source() {
        return TestDatabases.h2();
    }

    @Override
    protected DatabaseSettings target() {
        return TestDatabases.h2();
    }
}
