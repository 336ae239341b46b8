package org.ertstorage.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.adapter.http.HttpSettings;
import org.ertstorage.adapter.http.OidcIssuer;
import org.ertstorage.adapter.http.UnknownQueryParameters;
import org.ertstorage.batch.storage.Environment;
import org.ertstorage.batch.storage.StorageSettings;

/**
 * Everything the server is configured with, read once at start from the environment. Secrets may
 * come from files ({@code *_FILE}). Adapters get plain values from here and never read the
 * environment themselves.
 *
 * @param storage the database and the blob store, read as the batch commands read them
 * @param token the API token clients must send, or empty when the check is off
 * @param maxRequestBytes the largest request body read whole; streamed uploads (blobs, npy records,
 *     npy and CSV bulk rows) are not bounded by it
 * @param shutdownTimeout how long a stopping server lets requests in flight finish
 * @param oidc the identity provider whose bearer tokens are accepted besides the token
 * @param unknownQueryParameters whether the API refuses query parameters its operations do not declare
 */
record Settings(StorageSettings storage, Optional<String> token, long maxRequestBytes, Duration shutdownTimeout,
        Optional<OidcIssuer> oidc, UnknownQueryParameters unknownQueryParameters) {

    static final String DEFAULT_TOKEN = "hunter2";
    private static final String MASK = "***";

    Settings {
        Objects.requireNonNull(storage, "'storage' must not be null");
        Objects.requireNonNull(token, "'token' must not be null");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("ERT_STORAGE_MAX_REQUEST_BYTES must be at least 1, got " + maxRequestBytes);
        }
        Objects.requireNonNull(shutdownTimeout, "'shutdownTimeout' must not be null");
        Objects.requireNonNull(oidc, "'oidc' must not be null");
        Objects.requireNonNull(unknownQueryParameters, "'unknownQueryParameters' must not be null");
    }

    /** With the HTTP defaults: no OpenID Connect, unknown query parameters refused. */
    Settings(StorageSettings storage, Optional<String> token) {
        this(storage, token, HttpSettings.DEFAULT_MAX_REQUEST_BYTES, HttpSettings.DEFAULT_SHUTDOWN_TIMEOUT, Optional.empty(),
                UnknownQueryParameters.REFUSE);
    }

    static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> variables) {
        var env = new Environment(variables);
        var storage = StorageSettings.from(env);
        long maxRequestBytes = env.number("ERT_STORAGE_MAX_REQUEST_BYTES", Long.MAX_VALUE)
                .orElse(HttpSettings.DEFAULT_MAX_REQUEST_BYTES);
        var shutdownTimeout = env.number("ERT_STORAGE_SHUTDOWN_TIMEOUT_SECONDS", 86_400).map(Duration::ofSeconds)
                .orElse(HttpSettings.DEFAULT_SHUTDOWN_TIMEOUT);
        // As in the original, any non-empty ERT_STORAGE_NO_TOKEN (even "0") turns the check off.
        var token = env.nonEmpty("ERT_STORAGE_NO_TOKEN").isPresent()
                ? Optional.<String>empty()
                : Optional.of(env.get("ERT_STORAGE_TOKEN").orElse(DEFAULT_TOKEN));
        var oidc = env.nonEmpty("ERT_STORAGE_OIDC_ISSUER").map(issuer -> new OidcIssuer(parseUri(issuer),
                env.nonEmpty("ERT_STORAGE_OIDC_AUDIENCE")));
        var unknownQueryParameters = env.nonEmpty("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS").map(Settings::parseUnknown)
                .orElse(UnknownQueryParameters.REFUSE);
        return new Settings(storage, token, maxRequestBytes, shutdownTimeout, oidc, unknownQueryParameters);
    }

    private static UnknownQueryParameters parseUnknown(String value) {
        try {
            return UnknownQueryParameters.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS " + e.getMessage(), e);
        }
    }

    private static URI parseUri(String value) {
        try {
            var uri = new URI(value.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new URISyntaxException(value, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("ERT_STORAGE_OIDC_ISSUER must be the issuer's URL, got '" + value + "'", e);
        }
    }

    /**
     * The effective configuration in one line for the start-up log, every secret masked: the database
     * password (in the URL or set apart) and the token, of which only whether it is the public default shows.
     */
    String describe() {
        var database = storage.database();
        var password = database.password().isEmpty() ? "" : " password=" + MASK;
        var tokenText = token.isEmpty() ? "off" : usesDefaultToken() ? "default" : MASK;
        return "database=" + database.describe() + password + " migrate_on_start=" + storage.migrateOnStart()
                + " database_pool_size=" + storage.databasePoolSize()
                + " database_connection_timeout_seconds=" + storage.databaseConnectionTimeout().toSeconds()
                + " token=" + tokenText
                + " max_request_bytes=" + maxRequestBytes + " shutdown_timeout_seconds=" + shutdownTimeout.toSeconds()
                + " unknown_query_parameters=" + unknownQueryParameters.name().toLowerCase(Locale.ROOT)
                + " blobs=" + storage.azure().map(a -> "azure container=" + a.container() + " connection_string=" + MASK)
                        .orElse("database")
                + oidc.map(o -> " oidc_issuer=" + o.issuer() + o.audience().map(a -> " oidc_audience=" + a).orElse(""))
                        .orElse("");
    }

    boolean usesDefaultToken() {
        return token.filter(DEFAULT_TOKEN::equals).isPresent();
    }
}
