package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ertstorage.adapter.http.InMemoryHttpServer;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.domain.record.BlobKey;
import org.ertstorage.domain.record.BlockId;
import org.junit.jupiter.api.Test;

/** A blob store that stays unavailable after its retries: 503 with Retry-After (issue 4). */
class StorageUnavailableApiTest {

    /** Every call fails as Azure does once the SDK has given up. */
    private static final class UnavailableBlobStore implements BlobStore {

        private static StorageUnavailableException down() {
            return new StorageUnavailableException("blob store down", Duration.ofSeconds(7), null);
        }

        @Override
        public void write(BlobKey blob, InputStream content, long size) {
            throw down();
        }

        @Override
        public void stageBlock(BlobKey blob, BlockId block, InputStream content, long size) {
            throw down();
        }

        @Override
        public void commitBlocks(BlobKey blob, List<BlockId> blocks) {
            throw down();
        }

        @Override
        public InputStream open(BlobKey blob) {
            throw down();
        }

        @Override
        public void delete(Collection<BlobKey> blobs) {
            throw down();
        }

        @Override
        public boolean isReachable() {
            return false;
        }
    }

    @Test
    void givenUnavailableBlobStore_stageBlock_answers503WithRetryAfter() {
        var server = InMemoryHttpServer.start(new UnavailableBlobStore());
        try {
            var api = new ApiClient(java.net.URI.create("http://127.0.0.1:" + server.port()), InMemoryHttpServer.TOKEN);
            var experiment = api.post("/experiments", "{\"name\":\"down\"}").expect(200).get("id").asText();
            var ensemble = api.post("/experiments/" + experiment + "/ensembles",
                    "{\"size\":1,\"parameter_names\":[],\"response_names\":[]}").expect(200).get("id").asText();
            var blob = "/ensembles/" + ensemble + "/records/x/blob";
            api.post(blob, "").expect(200);
            var answer = api.send("PUT", blob + "?block_index=0", "bytes", Map.of("Content-Type", "application/octet-stream"));
            assertEquals(503, answer.status(), answer.body());
            assertEquals("7", answer.header("Retry-After"));
            assertEquals("{\"detail\":\"Storage unavailable, retry later\"}", answer.body());
        } finally {
            server.stop();
        }
    }
}
