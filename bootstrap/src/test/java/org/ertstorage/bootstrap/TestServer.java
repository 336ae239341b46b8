package org.ertstorage.bootstrap;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.batch.storage.AzureBlobs;
import org.ertstorage.batch.storage.DatabaseUrl;
import org.ertstorage.batch.storage.StorageSettings;

/** The whole server, as {@code serve} wires it, on a random port of loopback and a given database. */
final class TestServer implements AutoCloseable {

    static final String TOKEN = "test-token";

    private final RunningServer server;

    private TestServer(RunningServer server) {
        this.server = server;
    }

    static TestServer start(DatabaseSettings database) {
        return start(database, Optional.empty(), sql -> { });
    }

    /** The server, telling {@code statementListener} every SQL statement it runs. */
    static TestServer start(DatabaseSettings database, Consumer<String> statementListener) {
        return start(database, Optional.empty(), statementListener);
    }

    /** The server keeping its blobs in Azure Blob Storage when {@code azure} is given. */
    static TestServer start(DatabaseSettings database, Optional<AzureBlobs> azure) {
        return start(database, azure, sql -> { });
    }

    private static TestServer start(DatabaseSettings database, Optional<AzureBlobs> azure,
            Consumer<String> statementListener) {
        var url = new DatabaseUrl(database.jdbcUrl(), nullToEmpty(database.user()), nullToEmpty(database.password()));
        var settings = new Settings(new StorageSettings(url, true, database.maxPoolSize(), azure), Optional.of(TOKEN));
        return new TestServer(Main.serve(settings, "127.0.0.1", 0, statementListener));
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        server.stop();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
