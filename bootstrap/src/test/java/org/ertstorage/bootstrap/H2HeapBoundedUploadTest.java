package org.ertstorage.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/** The heap-bounded upload on an H2 file database: an in-memory one would keep the data in the heap under test. */
class H2HeapBoundedUploadTest extends HeapBoundedUploadContract {

    @Override
    protected Map<String, String> database(Path temp) {
        return Map.of("ERT_STORAGE_DATABASE_URL", "jdbc:h2:file:" + temp.resolve("ert").toAbsolutePath());
    }
}
