package org.ertstorage.adapter.http.api;

import org.ertstorage.adapter.http.InMemoryHttpServer;

class ConditionalReadApiTest extends ConditionalReadApiContract {

    @Override
    protected ApiTarget target() {
        return InMemoryHttpServer.TARGET;
    }
}
