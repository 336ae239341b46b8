package org.ertstorage.adapter.persistence;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One schema migration as {@code ert-storage db info} lists it.
 *
 * @param version the version, empty for a repeatable migration
 * @param state Flyway's word for it, e.g. {@code Success} or {@code Pending}
 * @param installedOn when it was applied; empty while pending
 */
public record Migration(String version, String description, String state, Optional<Instant> installedOn) {

    public Migration {
        Objects.requireNonNull(version, "'version' must not be null");
        Objects.requireNonNull(description, "'description' must not be null");
        Objects.requireNonNull(state, "'state' must not be null");
        Objects.requireNonNull(installedOn, "'installedOn' must not be null");
    }

    @Override
    public String toString() {
        return String.format("%-4s %-10s %-28s %s", version, state, description,
                installedOn.map(Instant::toString).orElse(""));
    }
}
