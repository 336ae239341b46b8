package org.ertstorage.adapter.http.api;

import org.ertstorage.adapter.http.InMemoryHttpServer;

class ExperimentApiTest extends ExperimentApiContract {

    @Override
    protected ApiTarget target() {
        return InMemoryHttpServer.TARGET;
    }
}
