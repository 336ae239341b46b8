package org.ertstorage.bootstrap;

import org.ertstorage.adapter.http.api.ApiTarget;
import org.ertstorage.adapter.http.api.BlobApiContract;
import org.ertstorage.adapter.http.api.ExperimentApiContract;
import org.ertstorage.adapter.http.api.RecordApiContract;
import org.junit.jupiter.api.Nested;

/**
 * The API contract suites that touch blobs, against the whole application with its blobs in Azure
 * Blob Storage (ERT_STORAGE_TEST_AZURE_CONNECTION_STRING, Azurite in CI; else skipped). The nested
 * classes are declared here, not inherited, so that their reports carry this class's name, which
 * {@code .ci/run} checks.
 */
class AzureApiTest {

    private static final ApiTarget TARGET = new ApiTarget(() -> EndToEndServers.azure().baseUri(), TestServer.TOKEN);

    // @formatter:off
    @Nested class Blob extends BlobApiContract { @Override protected ApiTarget target() { return TARGET; } }

    @Nested class Record extends RecordApiContract { @Override protected ApiTarget target() { return TARGET; } }

    @Nested class Experiment extends ExperimentApiContract { @Override protected ApiTarget target() { return TARGET; } }
    // @formatter:on
}
