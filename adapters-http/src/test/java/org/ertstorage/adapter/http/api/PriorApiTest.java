package org.ertstorage.adapter.http.api;

import org.ertstorage.adapter.http.InMemoryHttpServer;

class PriorApiTest extends PriorApiContract {

    @Override
    protected ApiTarget target() {
        return InMemoryHttpServer.TARGET;
    }
}
