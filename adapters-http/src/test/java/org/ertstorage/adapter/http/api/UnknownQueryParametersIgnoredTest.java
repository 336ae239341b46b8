package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.ertstorage.adapter.http.HttpServer;
import org.ertstorage.adapter.http.HttpSettings;
import org.ertstorage.adapter.http.InMemoryHttpServer;
import org.ertstorage.adapter.http.UnknownQueryParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS=ignore}: for clients that send extra parameters, the
 * server takes requests as the original did, reading only what each operation declares.
 */
class UnknownQueryParametersIgnoredTest {

    private static HttpServer server;

    @BeforeAll
    static void start() {
        server = HttpServer.start(InMemoryHttpServer.useCases(), new HttpSettings("127.0.0.1", 0,
                Optional.of(InMemoryHttpServer.TOKEN), "test", HttpSettings.DEFAULT_MAX_REQUEST_BYTES, Duration.ZERO,
                Optional.empty(), UnknownQueryParameters.IGNORE));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static ApiClient api() {
        return new ApiClient(URI.create("http://127.0.0.1:" + server.port()), InMemoryHttpServer.TOKEN);
    }

    @Test
    void givenIgnoreMode_unknownParameters_areAcceptedOnReadsAndWrites() {
        var fixture = StoredFixture.create(api());

        api().get(fixture.expand("/ensembles/{ensemble}/records?dry_run=yes")).expect(200);
        api().patch(fixture.expand("/ensembles/{ensemble}/userdata?merge=deep"), "{\"added\":1}").expect(200);
        api().post("/experiments?dry_run=false", "{\"name\":\"" + ApiTestData.unique("kept") + "\"}").expect(200);

        assertEquals(1, api().get(fixture.expand("/ensembles/{ensemble}/userdata")).expect(200).get("added").asInt());
    }

    @Test
    void givenIgnoreMode_domainError_echoesUnknownParametersBeforeThePath() {
        var fixture = StoredFixture.create(api());

        var response = api().post(fixture.expand("/experiments/{experiment}/ensembles?zeta=1&alpha=b%20c"),
                "{\"size\":1,\"parameter_names\":[],\"response_names\":[],\"active_realizations\":[1]}");

        assertEquals(ApiClient.parse("""
                {"detail":{"zeta":"1","alpha":"b c","experiment_id":"%s",\
                "error":"Ensemble active realization index 1 out of realization range [0,0]"}}"""
                .formatted(fixture.experimentId())), response.expect(417));
    }
}
