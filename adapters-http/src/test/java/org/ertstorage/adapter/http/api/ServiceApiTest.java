package org.ertstorage.adapter.http.api;

import org.ertstorage.adapter.http.InMemoryHttpServer;

class ServiceApiTest extends ServiceApiContract {

    @Override
    protected ApiTarget target() {
        return InMemoryHttpServer.TARGET;
    }
}
