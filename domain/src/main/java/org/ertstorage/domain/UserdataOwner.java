package org.ertstorage.domain;

import java.util.Objects;
import java.util.UUID;

/** The entity a piece of userdata belongs to: its kind and public id. */
public record UserdataOwner(Kind kind, UUID id) {

    /** The kinds of entity that carry userdata. */
    public enum Kind { EXPERIMENT, ENSEMBLE, OBSERVATION, RECORD }

    public UserdataOwner {
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(id, "'id' must not be null");
    }
}
