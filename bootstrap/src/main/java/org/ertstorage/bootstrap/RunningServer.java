package org.ertstorage.bootstrap;

import org.ertstorage.adapter.http.HttpServer;

/** A started server and the database it holds open; {@link #stop()} releases both. */
final class RunningServer implements AutoCloseable {

    private final CompositionRoot root;
    private final HttpServer http;

    RunningServer(CompositionRoot root, HttpServer http) {
        this.root = root;
        this.http = http;
    }

    int port() {
        return http.port();
    }

    synchronized void stop() {
        http.stop();
        root.close();
    }

    @Override
    public void close() {
        stop();
    }
}
