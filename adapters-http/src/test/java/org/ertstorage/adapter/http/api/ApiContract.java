package org.ertstorage.adapter.http.api;

import java.net.URI;

/**
 * Base of the API contract suites. Each suite runs against a server that a subclass names: the
 * HTTP adapter on in-memory fakes here, the whole application on H2 and PostgreSQL in bootstrap.
 * Every test makes its own experiment, so suites pass on a database that already holds data.
 */
public abstract class ApiContract {

    protected abstract ApiTarget target();

    protected final URI baseUri() {
        return target().baseUri().get();
    }

    /** The token the server under test was started with. */
    protected final String token() {
        return target().token();
    }

    protected ApiClient api() {
        return new ApiClient(baseUri(), token());
    }
}
