package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API.md §2 and §3: the service routes, the documentation pages and the token check. */
public abstract class ServiceApiContract extends ApiContract {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"");

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
    void givenNoToken_liveness_answersUp() {
        var response = api().withToken(null).get("/health/live");
        assertEquals(200, response.status(), response.body());
        assertEquals("UP", response.expect(200).get("status").asText());
    }

    @Test
    void givenNoToken_readiness_answersUpWithEveryCheckUp() {
        var ready = api().withToken(null).get("/health/ready").expect(200);
        assertEquals("UP", ready.get("status").asText());
        ready.get("checks").properties().forEach(check -> assertEquals("UP", check.getValue().asText(), check.getKey()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/server/info", "/no/such/path", "/experiments/not-a-uuid", "/health/ready"})
    void givenSaneRequestId_anyAnswer_echoesIt(String path) {
        var response = api().send("GET", path, null, Map.of("X-Request-Id", "client-id_42.x"));
        assertEquals("client-id_42.x", response.header("X-Request-Id"), path + " answered " + response.status());
        var forbidden = api().withToken(null).send("GET", path, null, Map.of("X-Request-Id", "client-id_43"));
        assertEquals("client-id_43", forbidden.header("X-Request-Id"), path + " answered " + forbidden.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "quote\"d"})
    void givenMissingOrInsaneRequestId_answer_carriesAGeneratedOne(String sent) {
        var headers = sent.isEmpty() ? Map.<String, String>of() : Map.of("X-Request-Id", sent);
        var response = api().send("GET", "/experiments", null, headers);
        assertTrue(response.header("X-Request-Id").matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
                response.header("X-Request-Id"));
        assertTrue(api().send("GET", "/experiments", null, Map.of("X-Request-Id", "x".repeat(129)))
                .header("X-Request-Id").length() == 36);
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

    @Test
    void givenNoToken_openApi_describesTheApiWithTheTokenScheme() {
        var response = api().withToken(null).get("/openapi.json");
        var document = response.expect(200);
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
        assertTrue(document.get("openapi").asText().startsWith("3."), document.get("openapi").asText());
        assertEquals("ERT Storage API", document.at("/info/title").asText());
        assertEquals("0.1.2", document.at("/info/version").asText());
        assertEquals(ApiClient.parse("{\"APIKeyHeader\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"Token\"}}"),
                document.at("/components/securitySchemes"));
    }

    @Test
    void givenNoToken_openApi_protectsEveryOperationButTheServiceOnes() {
        var document = api().withToken(null).get("/openapi.json").expect(200);
        var open = List.of("get /", "get /healthcheck");
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (operation.getKey().equals("parameters")) {
                return;
            }
            String name = operation.getKey() + " " + path.getKey();
            boolean protectedByToken = operation.getValue().at("/security/0").has("APIKeyHeader");
            assertEquals(!open.contains(name), protectedByToken, name);
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs", "/redoc", "/docs/oauth2-redirect"})
    void givenNoToken_page_answersHtmlWhoseAssetsAllLoad(String page) {
        var response = api().withToken(null).get(page);
        assertEquals(200, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("text/html"), response.header("Content-Type"));
        var assets = ASSET.matcher(response.body()).results().map(m -> m.group(1)).toList();
        assertFalse(assets.isEmpty(), page + " names no asset: " + response.body());
        assertAll(assets.stream().map(asset -> () -> {
            var loaded = api().withToken(null).get(asset);
            assertEquals(200, loaded.status(), asset);
            assertFalse(loaded.body().isEmpty(), asset);
        }));
    }

    @Test
    void givenNoToken_docsPages_renderTheServersOwnDocument() {
        assertTrue(api().withToken(null).get("/docs").body().contains("url: \"/openapi.json\""));
        assertTrue(api().withToken(null).get("/redoc").body().contains("spec-url=\"/openapi.json\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webjars/other/1.0/x.js", "/webjars/swagger-ui/.hidden",
            "/webjars/swagger-ui/0.0.0/swagger-ui.css", "/webjars/redoc"})
    void givenPathOutsideTheDocsAssets_webjar_answersNotFound(String path) {
        assertEquals(404, api().withToken(null).get(path).status(), path);
    }
}
