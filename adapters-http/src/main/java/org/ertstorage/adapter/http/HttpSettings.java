package org.ertstorage.adapter.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server listens and whom it serves.
 *
 * @param port 0 picks a free port
 * @param token the value clients must send in the {@code Token} header; empty turns the check off
 * @param version this server's version, shown by {@code GET /server/info}
 * @param maxRequestBytes the largest request body read whole (JSON, single-record CSV, Parquet,
 *     Fortran-order npy); streamed blob uploads, npy records and npy and CSV bulk rows are not bounded by it
 * @param shutdownTimeout how long {@link HttpServer#stop()} lets requests in flight finish
 * @param oidc when given, its bearer tokens are accepted besides {@code token}
 * @param unknownQueryParameters whether a query parameter the operation does not declare is refused
 */
public record HttpSettings(String host, int port, Optional<String> token, String version, long maxRequestBytes,
        Duration shutdownTimeout, Optional<OidcIssuer> oidc, UnknownQueryParameters unknownQueryParameters) {

    /**
     * Fits ERT's largest records sent whole: a realization's field parameter of a few million cells is
     * tens of MiB as JSON text, an ensemble-wide matrix of 100 realizations by 100 000 values about 80 MiB
     * as npy and more as JSON. Bigger content goes through the streamed file and blob routes.
     */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256L * 1024 * 1024;

    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
        Objects.requireNonNull(host, "'host' must not be null");
        Objects.requireNonNull(token, "'token' must not be null");
        Objects.requireNonNull(version, "'version' must not be null");
        Objects.requireNonNull(shutdownTimeout, "'shutdownTimeout' must not be null");
        Objects.requireNonNull(oidc, "'oidc' must not be null");
        Objects.requireNonNull(unknownQueryParameters, "'unknownQueryParameters' must not be null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("'maxRequestBytes' must be positive, got " + maxRequestBytes);
        }
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("'shutdownTimeout' must not be negative, got " + shutdownTimeout);
        }
    }

    /** With the default request limit and shutdown timeout, and no OpenID Connect. */
    public HttpSettings(String host, int port, Optional<String> token, String version) {
        this(host, port, token, version, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_SHUTDOWN_TIMEOUT);
    }

    /** Refusing unknown query parameters. */
    public HttpSettings(String host, int port, Optional<String> token, String version, long maxRequestBytes,
            Duration shutdownTimeout, Optional<OidcIssuer> oidc) {
        this(host, port, token, version, maxRequestBytes, shutdownTimeout, oidc, UnknownQueryParameters.REFUSE);
    }

    /** Without OpenID Connect. */
    public HttpSettings(String host, int port, Optional<String> token, String version, long maxRequestBytes,
            Duration shutdownTimeout) {
        this(host, port, token, version, maxRequestBytes, shutdownTimeout, Optional.empty());
    }
}
