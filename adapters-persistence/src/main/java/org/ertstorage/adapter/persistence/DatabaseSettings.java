package org.ertstorage.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep: a {@code jdbc:h2:} or
 * {@code jdbc:postgresql:} URL, optional credentials (null or empty when the URL carries them or
 * none are needed), the pool's maximum size, and how long a unit of work waits for a connection
 * before it fails (then the database counts as unavailable: 503 with Retry-After).
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize,
        Duration connectionTimeout) {

    /** Long enough to ride out a burst on a busy pool, short enough that clients of a downed database hear soon. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    // HikariCP refuses less.
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "'jdbcUrl' must not be null");
        Vendor.of(jdbcUrl);
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("'maxPoolSize' must be at least 1, got " + maxPoolSize);
        }
        Objects.requireNonNull(connectionTimeout, "'connectionTimeout' must not be null");
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new IllegalArgumentException("'connectionTimeout' must be at least " + MIN_CONNECTION_TIMEOUT
                    + ", got " + connectionTimeout);
        }
    }

    /** With the default connection timeout. */
    public DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
        this(jdbcUrl, user, password, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
    }

    Vendor vendor() {
        return Vendor.of(jdbcUrl);
    }
}
