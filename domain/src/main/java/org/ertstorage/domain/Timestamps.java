package org.ertstorage.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/** When an experiment, ensemble or record was stored and last changed, in the server's local time. */
public record Timestamps(LocalDateTime created, LocalDateTime updated) {

    /** The entities whose times clients can read. */
    public enum Of { EXPERIMENT, ENSEMBLE, RECORD }

    public Timestamps {
        Objects.requireNonNull(created, "'created' must not be null");
        Objects.requireNonNull(updated, "'updated' must not be null");
    }
}
