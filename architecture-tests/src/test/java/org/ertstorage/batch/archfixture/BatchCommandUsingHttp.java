package org.ertstorage.batch.archfixture;

import org.ertstorage.adapter.http.HttpServer;

/** A batch class that reaches for the HTTP adapter on purpose, so the batch rule's test can see it fail. */
public final class BatchCommandUsingHttp {

    public int port(HttpServer server) {
        return server.port();
    }
}
