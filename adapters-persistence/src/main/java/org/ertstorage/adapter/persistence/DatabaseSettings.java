package org.ertstorage.adapter.persistence;

import java.util.Objects;

/**
 * Where the database is and how many connections to keep: a {@code jdbc:h2:} or
 * {@code jdbc:postgresql:} URL, optional credentials (null or empty when the URL carries them or
 * none are needed) and the pool's maximum size.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "'jdbcUrl' must not be null");
        Vendor.of(jdbcUrl);
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("'maxPoolSize' must be at least 1, got " + maxPoolSize);
        }
    }

    Vendor vendor() {
        return Vendor.of(jdbcUrl);
    }
}
