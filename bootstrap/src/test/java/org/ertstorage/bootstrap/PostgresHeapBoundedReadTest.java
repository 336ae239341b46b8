package org.ertstorage.bootstrap;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ertstorage.adapter.persistence.TestDatabases;

/** The heap-bounded read on the test PostgreSQL (ERT_STORAGE_TEST_DATABASE_URL, else Testcontainers, else skipped). */
class PostgresHeapBoundedReadTest extends HeapBoundedReadContract {

    @Override
    protected Map<String, String> database(Path temp) {
        return environment();
    }

    /** The test PostgreSQL as the server's environment variables. */
    static Map<String, String> environment() {
        var settings = TestDatabases.postgres();
        var environment = new HashMap<String, String>();
        environment.put("ERT_STORAGE_DATABASE_URL", settings.jdbcUrl());
        if (!settings.user().isEmpty()) {
            environment.put("ERT_STORAGE_DATABASE_USER", settings.user());
        }
        if (!settings.password().isEmpty()) {
            environment.put("ERT_STORAGE_DATABASE_PASSWORD", settings.password());
        }
        return environment;
    }
}
