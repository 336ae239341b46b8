package org.ertstorage.adapter.http;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenID Connect identity provider whose bearer tokens are accepted besides the API token.
 *
 * @param issuer the {@code iss} of its tokens; its keys come from {@code <issuer>/.well-known/openid-configuration}
 * @param audience when given, tokens must name it in {@code aud}
 */
public record OidcIssuer(URI issuer, Optional<String> audience) {

    public OidcIssuer {
        Objects.requireNonNull(issuer, "'issuer' must not be null");
        Objects.requireNonNull(audience, "'audience' must not be null");
    }
}
