package org.ertstorage.adapter.http.api;

import java.net.URI;
import org.ertstorage.adapter.http.InMemoryHttpServer;

class ExperimentApiTest extends ExperimentApiContract {

    @Override
    protected URI baseUri() {
        return InMemoryHttpServer.baseUri();
    }

    @Override
    protected String token() {
        return InMemoryHttpServer.TOKEN;
    }
}
