package org.ertstorage.domain.archfixture;

import io.javalin.Javalin;

/** A domain class that breaks the rules on purpose, so the rules' tests can see them fail. */
public final class DomainTypeUsingJavalin {

    public Javalin server;

    public int port() {
        return server.port();
    }
}
