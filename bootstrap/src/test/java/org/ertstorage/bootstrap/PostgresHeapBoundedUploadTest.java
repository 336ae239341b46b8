package org.ertstorage.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** The heap-bounded upload on the test PostgreSQL (ERT_STORAGE_TEST_DATABASE_URL, else Testcontainers, else skipped). */
class PostgresHeapBoundedUploadTest extends HeapBoundedUploadContract {

    @Override
    protected Map<String, String> database(Path temp) {
        return PostgresHeapBoundedReadTest.environment();
    }
}
