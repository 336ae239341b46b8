package org.ertstorage.adapter.http.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.ertstorage.adapter.http.OidcIssuer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks OpenID Connect bearer tokens (JWT, RS256): signature by a key of the issuer's JWKS,
 * {@code iss}, {@code aud} when configured, {@code exp} and {@code nbf}. Keys are fetched through
 * the issuer's discovery document and cached; an unknown {@code kid} refreshes them, at most once a minute.
 */
public final class JwtVerifier {

    private static final Logger LOG = LoggerFactory.getLogger(JwtVerifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LEEWAY = Duration.ofSeconds(60);
    private static final Duration REFRESH_GAP = Duration.ofMinutes(1);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OidcIssuer issuer;
    private final HttpClient http;
    private final Clock clock;
    private Map<String, PublicKey> keys = Map.of();
    private Instant fetched = Instant.MIN;

    public JwtVerifier(OidcIssuer issuer, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "'issuer' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    /** Whether the token is valid now; never throws for a bad token. */
    public boolean isValid(String token) {
        var parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        try {
            var header = JSON.readTree(decode(parts[0]));
            var claims = JSON.readTree(decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText())) {
                return false;
            }
            var key = key(header.path("kid").asText(""));
            if (key == null) {
                return false;
            }
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(decode(parts[2])) && claimsHold(claims);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean claimsHold(JsonNode claims) {
        var now = clock.instant();
        if (!issuer.issuer().toString().equals(claims.path("iss").asText())) {
            return false;
        }
        if (!claims.path("exp").canConvertToLong()
                || now.isAfter(Instant.ofEpochSecond(claims.path("exp").asLong()).plus(LEEWAY))) {
            return false;
        }
        if (claims.has("nbf") && now.plus(LEEWAY).isBefore(Instant.ofEpochSecond(claims.path("nbf").asLong()))) {
            return false;
        }
        return issuer.audience().map(audience -> {
            var aud = claims.path("aud");
            if (aud.isArray()) {
                for (var entry : aud) {
                    if (audience.equals(entry.asText())) {
                        return true;
                    }
                }
                return false;
            }
            return audience.equals(aud.asText());
        }).orElse(true);
    }

    private synchronized PublicKey key(String kid) {
        var key = keys.get(kid);
        if (key == null && clock.instant().isAfter(fetched.plus(REFRESH_GAP))) {
            fetched = clock.instant();
            try {
                keys = fetchKeys();
            } catch (IOException | InterruptedException | GeneralSecurityException | RuntimeException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.warn("Cannot read the keys of OpenID issuer {}: {}", issuer.issuer(), e.toString());
            }
            key = keys.get(kid);
        }
        return key;
    }

    private Map<String, PublicKey> fetchKeys() throws IOException, InterruptedException, GeneralSecurityException {
        var base = issuer.issuer().toString().replaceAll("/+$", "");
        var discovery = get(URI.create(base + "/.well-known/openid-configuration"));
        var jwks = get(URI.create(discovery.path("jwks_uri").asText()));
        var found = new HashMap<String, PublicKey>();
        var factory = KeyFactory.getInstance("RSA");
        for (var jwk : jwks.path("keys")) {
            if ("RSA".equals(jwk.path("kty").asText()) && !"enc".equals(jwk.path("use").asText())) {
                var modulus = new BigInteger(1, decode(jwk.path("n").asText()));
                var exponent = new BigInteger(1, decode(jwk.path("e").asText()));
                found.put(jwk.path("kid").asText(""), factory.generatePublic(new RSAPublicKeySpec(modulus, exponent)));
            }
        }
        return Map.copyOf(found);
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static byte[] decode(String base64Url) {
        return Base64.getUrlDecoder().decode(base64Url);
    }
}
