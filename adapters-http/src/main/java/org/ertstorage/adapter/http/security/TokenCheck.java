package org.ertstorage.adapter.http.security;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.adapter.http.error.PlainError;

/**
 * The original server's API key: header {@code Token} must equal the configured token. It runs
 * before anything else a protected route does, so a request without a token gets 403 even when
 * its parameters are malformed.
 */
public final class TokenCheck {

    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> expected;
    private final Optional<JwtVerifier> bearer;

    /** @param token the required value; empty turns the check off */
    public TokenCheck(Optional<String> token) {
        this(token, Optional.empty());
    }

    /**
     * @param token the required value; empty turns the check off
     * @param bearer when given, a valid OpenID Connect bearer token is accepted instead of the token
     */
    public TokenCheck(Optional<String> token, Optional<JwtVerifier> bearer) {
        this.expected = Objects.requireNonNull(token, "'token' must not be null")
                .map(value -> value.getBytes(StandardCharsets.UTF_8));
        this.bearer = Objects.requireNonNull(bearer, "'bearer' must not be null");
    }

    /** {@code handler}, run only for requests that carry the token. */
    public Handler protect(Handler handler) {
        if (expected.isEmpty()) {
            return handler;
        }
        return ctx -> {
            verify(ctx);
            handler.handle(ctx);
        };
    }

    private void verify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (bearer.isPresent() && authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && bearer.get().isValid(authorization.substring(BEARER.length()).strip())) {
            return;
        }
        String sent = ctx.header("Token");
        if (sent == null || sent.isEmpty()) {
            throw new PlainError(403, "Not authenticated");
        }
        // Constant-time comparison, so response timing does not reveal how much of a guess was right.
        if (!MessageDigest.isEqual(expected.orElseThrow(), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new PlainError(403, "Invalid token");
        }
    }
}
