package org.ertstorage.adapter.http.api;

import org.ertstorage.adapter.http.InMemoryHttpServer;

class BlobApiTest extends BlobApiContract {

    @Override
    protected ApiTarget target() {
        return InMemoryHttpServer.TARGET;
    }
}
