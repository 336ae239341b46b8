package org.ertstorage.adapter.http.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.adapter.http.InMemoryHttpServer;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.Test;

/** Issue 6: one structured access line per request, naming the route template and the request id. */
class AccessLogTest {

    @Test
    void givenValues_line_isKeyValueInAFixedOrder() {
        assertEquals("method=POST route=/experiments/{experiment_id}/ensembles status=422 duration_ms=12.3 bytes_in=42"
                + " bytes_out=97 request_id=abc", AccessLog.line("POST", "/experiments/{experiment_id}/ensembles", 422,
                        12.34f, 42, 97, "abc"));
    }

    @Test
    void givenRequest_server_logsOneLineWithTemplateStatusBytesAndRequestId() throws InterruptedException {
        var api = new ApiClient(InMemoryHttpServer.baseUri(), InMemoryHttpServer.TOKEN);
        api.get("/server/info"); // the server is up before the log is captured
        var captured = new ByteArrayOutputStream();
        var original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            api.send("POST", "/experiments/00000000-0000-0000-0000-000000000000/ensembles", "{\"size\":1}",
                    Map.of(RequestIds.HEADER, "access-log-test-1"));
            Thread.sleep(200); // the line is written after the answer
        } finally {
            System.setErr(original);
        }
        var lines = captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("request_id=access-log-test-1")).toList();
        assertEquals(1, lines.size(), captured.toString(StandardCharsets.UTF_8));
        var line = lines.getFirst();
        assertTrue(line.contains("method=POST route=/experiments/{experiment_id}/ensembles status=422 "), line);
        assertTrue(line.contains(" bytes_in=10 "), line);
        assertTrue(line.matches(".* duration_ms=\\d+\\.\\d bytes_in=\\d+ bytes_out=[1-9]\\d* .*"), line);
    }

    @Test
    void givenNoId_acceptOrGenerate_givesDistinctVersion4Uuids() {
        var ids = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var id = UUID.fromString(RequestIds.acceptOrGenerate(null));
            assertEquals(4, id.version(), id.toString());
            assertEquals(2, id.variant(), id.toString());
            ids.add(id.toString());
        }
        assertEquals(10_000, ids.size());
    }

    @Test
    void givenSaneOrInsaneIds_acceptOrGenerate_keepsOnlySaneOnes() {
        assertEquals("3f1c-ABC_9.x:y", RequestIds.acceptOrGenerate("3f1c-ABC_9.x:y"));
        for (String insane : new String[] {null, "", "has space", "a\tb", "x".repeat(129), "é"}) {
            var generated = RequestIds.acceptOrGenerate(insane);
            assertTrue(generated.matches("[0-9a-f-]{36}"), String.valueOf(insane) + " -> " + generated);
        }
    }
}
