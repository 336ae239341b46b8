package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ertstorage.adapter.http.SlowRequest;
import org.ertstorage.adapter.http.api.ApiClient;
import org.ertstorage.adapter.http.api.ApiTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6: SIGTERM during an upload lets the upload finish, and what the server acknowledged is there
 * after a restart on the same H2 file database. The packaged application runs as its own process, so
 * the JVM's shutdown hook is what stops it, as under an orchestrator.
 */
class GracefulShutdownIT {

    private static final String TOKEN = "graceful-shutdown-secret";

    @TempDir
    Path directory;

    @Test
    void givenUploadInFlight_sigterm_finishesItAndTheWriteSurvivesARestart() throws Exception {
        var environment = Map.of("ERT_STORAGE_DATABASE_URL", "jdbc:h2:file:" + directory.resolve("ert").toAbsolutePath(),
                "ERT_STORAGE_TOKEN", TOKEN, "ERT_STORAGE_SHUTDOWN_TIMEOUT_SECONDS", "20");
        String ensemble;
        try (var application = PackagedApplication.start(environment)) {
            ensemble = uploadDuringSigterm(application);
        }
        try (var application = PackagedApplication.start(environment)) {
            var read = new ApiClient(application.baseUri(), TOKEN).get("/ensembles/" + ensemble + "/records/slow");
            assertEquals(200, read.status(), read.body());
            assertTrue(read.body().contains("3.5"), read.body());
        }
    }

    /** @return the ensemble the acknowledged record is in */
    private static String uploadDuringSigterm(PackagedApplication application) throws Exception {
        var api = new ApiClient(application.baseUri(), TOKEN);
        var ensemble = ApiTestData.ensemble(api, ApiTestData.experiment(api));
        var record = "/ensembles/" + ensemble + "/records/slow/matrix";

        try (var upload = SlowRequest.begin(application.baseUri(), "POST", record,
                Map.of("Token", TOKEN, "Content-Type", "application/json"), "[1.5, 2.5, ", "3.5]")) {
            awaitHandlerReading(api);
            application.process().destroy(); // SIGTERM
            Thread.sleep(1000); // the shutdown hook is draining
            assertTrue(application.process().isAlive(), "the server quit with an upload in flight:\n" + application.output());

            var answer = upload.finish("3.5]");
            assertEquals(200, answer.status(), answer.body() + "\n" + application.output());
        }
        assertTrue(application.process().waitFor(30, TimeUnit.SECONDS), "still running:\n" + application.output());
        var log = application.output();
        assertTrue(log.contains("Configuration: database=jdbc:h2:file:"), log);
        assertFalse(log.contains(TOKEN), "the token shows in the log:\n" + log);
        return ensemble;
    }

    /**
     * Waits until the server serves the upload (its scrape counts the upload and itself): a SIGTERM
     * before the handler starts would find nothing in flight, however long a loaded machine takes.
     */
    private static void awaitHandlerReading(ApiClient api) throws InterruptedException {
        var gauge = Pattern.compile("^http_server_requests_in_flight (\\d+)", Pattern.MULTILINE);
        for (int attempt = 0; attempt < 300; attempt++) {
            var scraped = gauge.matcher(api.withToken(null).get("/metrics").body());
            if (scraped.find() && Integer.parseInt(scraped.group(1)) >= 2) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the upload never reached its handler");
    }
}
