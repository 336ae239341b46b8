package org.ertstorage.adapter.http;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Something the server needs to answer requests, probed by {@code GET /health/ready}.
 *
 * @param name how the readiness answer names it, e.g. {@code database}
 * @param probe true when it answers now; must not throw, and should return within two seconds
 */
public record ReadinessCheck(String name, BooleanSupplier probe) {

    public ReadinessCheck {
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(probe, "'probe' must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("'name' must not be blank");
        }
    }
}
