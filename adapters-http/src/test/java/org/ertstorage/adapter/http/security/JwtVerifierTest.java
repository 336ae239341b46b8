package org.ertstorage.adapter.http.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.adapter.http.HttpSettings;
import org.ertstorage.adapter.http.InMemoryHttpServer;
import org.ertstorage.adapter.http.OidcIssuer;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 6: OpenID Connect bearer tokens, checked against a JWKS the test serves itself (no network). */
class JwtVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final KeyPair key = generate();
    private final KeyPair otherKey = generate();
    private HttpServer provider;
    private URI issuer;

    @BeforeEach
    void startProvider() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/realm");
        serve("/realm/.well-known/openid-configuration", "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer
                + "/keys\"}");
        var publicKey = (RSAPublicKey) key.getPublic();
        serve("/realm/keys", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"use\":\"sig\",\"n\":\""
                + base64(unsigned(publicKey.getModulus().toByteArray())) + "\",\"e\":\""
                + base64(unsigned(publicKey.getPublicExponent().toByteArray())) + "\"}]}");
        provider.start();
    }

    @AfterEach
    void stopProvider() {
        provider.stop(0);
    }

    private JwtVerifier verifier(Optional<String> audience) {
        return new JwtVerifier(new OidcIssuer(issuer, audience), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void givenTokenSignedByTheIssuer_isValid_acceptsIt() {
        assertTrue(verifier(Optional.of("ert")).isValid(token(key, "k1", issuer.toString(), "\"ert\"", NOW.plusSeconds(300))));
        assertTrue(verifier(Optional.of("ert")).isValid(token(key, "k1", issuer.toString(), "[\"x\",\"ert\"]",
                NOW.plusSeconds(300))));
    }

    @Test
    void givenBrokenClaimsOrSignature_isValid_refusesEach() {
        var verifier = verifier(Optional.of("ert"));
        assertFalse(verifier.isValid(token(key, "k1", issuer.toString(), "\"ert\"", NOW.minusSeconds(3600))), "expired");
        assertFalse(verifier.isValid(token(key, "k1", "http://elsewhere", "\"ert\"", NOW.plusSeconds(300))), "issuer");
        assertFalse(verifier.isValid(token(key, "k1", issuer.toString(), "\"other\"", NOW.plusSeconds(300))), "audience");
        assertFalse(verifier.isValid(token(otherKey, "k1", issuer.toString(), "\"ert\"", NOW.plusSeconds(300))), "key");
        assertFalse(verifier.isValid(token(key, "k9", issuer.toString(), "\"ert\"", NOW.plusSeconds(300))), "kid");
        assertFalse(verifier.isValid("not.a.jwt"), "garbage");
        assertFalse(verifier.isValid("hunter2"), "the API token");
    }

    @Test
    void givenTokenWithAlgNone_isValid_refusesIt() {
        var header = base64("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        var claims = base64(("{\"iss\":\"" + issuer + "\",\"exp\":" + NOW.plusSeconds(300).getEpochSecond() + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(verifier(Optional.empty()).isValid(header + "." + claims + "."));
    }

    @Test
    void givenServerTrustingTheIssuer_bearerToken_opensDataRoutesBesidesTheApiToken() {
        var settings = new HttpSettings("127.0.0.1", 0, Optional.of("api-token"), "test",
                HttpSettings.DEFAULT_MAX_REQUEST_BYTES, HttpSettings.DEFAULT_SHUTDOWN_TIMEOUT,
                Optional.of(new OidcIssuer(issuer, Optional.of("ert"))));
        var server = org.ertstorage.adapter.http.HttpServer.start(InMemoryHttpServer.useCases(), settings);
        try {
            var base = URI.create("http://127.0.0.1:" + server.port());
            var anonymous = new ApiClient(base, null);
            var valid = token(key, "k1", issuer.toString(), "\"ert\"", Instant.now().plusSeconds(300));
            var forged = token(otherKey, "k1", issuer.toString(), "\"ert\"", Instant.now().plusSeconds(300));
            assertEquals(200, anonymous.send("GET", "/experiments", null, Map.of("Authorization", "Bearer " + valid)).status());
            assertEquals(403, anonymous.send("GET", "/experiments", null, Map.of("Authorization", "Bearer " + forged)).status());
            assertEquals(403, anonymous.get("/experiments").status());
            assertEquals(200, new ApiClient(base, "api-token").get("/experiments").status());
        } finally {
            server.stop();
        }
    }

    static String token(KeyPair signer, String kid, String iss, String audienceJson, Instant expires) {
        var header = base64(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
        var claims = base64(("{\"iss\":\"" + iss + "\",\"aud\":" + audienceJson + ",\"sub\":\"user\",\"exp\":"
                + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signer.getPrivate());
            signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(String path, String json) {
        provider.createContext(path, exchange -> {
            var body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
