package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** API.md §2 and §3: the service routes and the token check. */
public abstract class ServiceApiContract extends ApiContract {

    @Test
    void givenNoToken_getRoot_redirectsToDocs() {
        var response = api().withToken(null).get("/");
        assertEquals(307, response.status(), response.body());
        assertEquals("/docs", response.header("Location"));
    }

    @Test
    void givenNoToken_healthcheck_answersAllOk() {
        var response = api().withToken(null).get("/healthcheck");
        assertEquals("\"ALL OK!\"", response.body());
        assertEquals(200, response.status());
    }

    @Test
    void givenToken_serverInfo_namesTheServer() {
        var info = api().get("/server/info").expect(200);
        assertEquals("Ert Storage Server", info.get("name").asText());
    }

    @Test
    void givenNoToken_serverInfo_answersNotAuthenticated() {
        assertEquals("{\"detail\":\"Not authenticated\"}", api().withToken(null).get("/server/info").body());
        assertEquals(403, api().withToken("").get("/server/info").status());
    }

    @Test
    void givenWrongToken_protectedRoute_answersInvalidToken() {
        var response = api().withToken("wrong").get("/experiments");
        assertEquals(403, response.status());
        assertEquals("{\"detail\":\"Invalid token\"}", response.body());
    }

    @Test
    void givenNoTokenAndBadUuid_getExperiment_checksTheTokenFirst() {
        assertEquals(403, api().withToken(null).get("/experiments/not-a-uuid").status());
    }

    @Test
    void givenUnknownPath_get_answersNotFound() {
        var response = api().get("/no/such/path");
        assertEquals(404, response.status());
        assertEquals("{\"detail\":\"Not Found\"}", response.body());
    }

    @Test
    void givenKnownPathWithOtherMethod_request_answersMethodNotAllowedWithAllow() {
        var response = api().delete("/healthcheck");
        assertEquals(405, response.status());
        assertEquals("{\"detail\":\"Method Not Allowed\"}", response.body());
        assertEquals("GET", response.header("Allow"));
    }
}
