package org.ertstorage.bootstrap;

import java.net.URI;
import java.util.Map;

/**
 * The whole server inside another Java program, such as the benchmarks or a batch job's tests,
 * configured by a map of the same variables the environment would hold.
 */
public final class EmbeddedServer implements AutoCloseable {

    private final RunningServer server;
    private final String host;

    private EmbeddedServer(RunningServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts serving on {@code host}; port 0 picks a free one. */
    public static EmbeddedServer start(Map<String, String> environment, String host, int port) {
        return new EmbeddedServer(Main.serve(Settings.from(environment), host, port), host);
    }

    public int port() {
        return server.port();
    }

    public URI baseUri() {
        return URI.create("http://" + host + ":" + port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
