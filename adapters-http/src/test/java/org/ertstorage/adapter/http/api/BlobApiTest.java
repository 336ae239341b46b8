package org.ertstorage.adapter.http.api;

import java.net.URI;
import org.ertstorage.adapter.http.InMemoryHttpServer;

class BlobApiTest extends BlobApiContract {

    @Override
    protected URI baseUri() {
        return InMemoryHttpServer.baseUri();
    }

    @Override
    protected String token() {
        return InMemoryHttpServer.TOKEN;
    }
}
