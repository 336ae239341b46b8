package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.Test;

/** Issue 6: after traffic, {@code /metrics} shows request, connection-pool and JVM metrics in Prometheus' format. */
class MetricsEndToEndTest {

    @Test
    void givenTraffic_metrics_exposeRequestsPoolAndJvm() {
        try (var server = EmbeddedServer.start(Map.of("ERT_STORAGE_NO_TOKEN", "1"), "127.0.0.1", 0)) {
            var api = new ApiClient(server.baseUri(), null);
            api.post("/experiments", "{\"name\":\"metered\"}").expect(200);
            api.get("/experiments").expect(200);

            var response = api.get("/metrics");
            assertEquals(200, response.status());
            var text = response.body();
            for (String expected : new String[] {
                    "http_server_requests_seconds_count{method=\"GET\",route=\"/experiments\",status=\"200\"} 1",
                    "http_server_requests_seconds_count{method=\"POST\",route=\"/experiments\",status=\"200\"} 1",
                    "http_server_request_size_bytes_sum{method=\"POST\",route=\"/experiments\",status=\"200\"}",
                    "hikaricp_connections_active{pool=\"ert-storage\"}",
                    "jvm_memory_used_bytes{", "jvm_threads_live_threads", "process_uptime_seconds"}) {
                assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
            }
        }
    }
}
