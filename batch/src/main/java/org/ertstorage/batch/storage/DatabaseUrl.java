package org.ertstorage.batch.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A database location as operators write it in {@code ERT_STORAGE_DATABASE_URL}: a JDBC URL, or
 * the SQLAlchemy form of the original ({@code postgresql://user:pass@host:port/db}).
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /** The embedded default: one in-memory H2 database that lives as long as the process. */
    public static final DatabaseUrl IN_MEMORY = new DatabaseUrl("jdbc:h2:mem:ert-storage;DB_CLOSE_DELAY=-1", "", "");

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "'jdbcUrl' must not be null");
        Objects.requireNonNull(user, "'user' must not be null");
        Objects.requireNonNull(password, "'password' must not be null");
    }

    /**
     * @throws IllegalArgumentException naming what is wrong and what is accepted
     */
    public static DatabaseUrl parse(String url) {
        var trimmed = url.strip();
        if (trimmed.startsWith("jdbc:")) {
            return new DatabaseUrl(trimmed, "", "");
        }
        int schemeEnd = trimmed.indexOf("://");
        var scheme = schemeEnd < 0 ? "" : trimmed.substring(0, schemeEnd);
        if (scheme.startsWith("sqlite")) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_URL: SQLite ('" + scheme + "://…') is not supported"
                    + " by the Java server. Use an H2 file for a persistent embedded database, e.g."
                    + " jdbc:h2:file:./ert-storage, or PostgreSQL, e.g. postgresql://user:pass@host:5432/db.");
        }
        if (scheme.equals("postgresql") || scheme.equals("postgres") || scheme.startsWith("postgresql+")) {
            return fromSqlAlchemy(trimmed);
        }
        throw new IllegalArgumentException("ERT_STORAGE_DATABASE_URL: unsupported URL '" + redact(trimmed)
                + "'. Use postgresql://user:pass@host:port/db, a JDBC URL (jdbc:postgresql://…, jdbc:h2:file:…),"
                + " or leave it unset for an in-memory H2 database.");
    }

    private static DatabaseUrl fromSqlAlchemy(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_URL: malformed PostgreSQL URL: " + e.getReason(), e);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_URL: PostgreSQL URL has no host: '" + redact(url) + "'");
        }
        var user = "";
        var password = "";
        var userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        }
        var port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + port + path + query, user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    public boolean isInMemory() {
        return jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    /** The URL with any password removed, for logs. */
    public String describe() {
        return redact(jdbcUrl) + (user.isEmpty() ? "" : " as " + user);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^:/@]+:)[^@/]*@", "$1***@");
    }
}
