package org.ertstorage.adapter.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server listens and whom it serves.
 *
 * @param port 0 picks a free port
 * @param token the value clients must send in the {@code Token} header; empty turns the check off
 * @param version this server's version, shown by {@code GET /server/info}
 */
public record HttpSettings(String host, int port, Optional<String> token, String version) {

    public HttpSettings {
        Objects.requireNonNull(host, "'host' must not be null");
        Objects.requireNonNull(token, "'token' must not be null");
        Objects.requireNonNull(version, "'version' must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }
}
