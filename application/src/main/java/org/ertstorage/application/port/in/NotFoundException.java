package org.ertstorage.application.port.in;

import java.util.Objects;

/**
 * A lookup that found nothing. Entities addressed by id and records addressed by name are told
 * apart, because clients see different answers for them.
 */
public final class NotFoundException extends RuntimeException {

    /** What was looked up. */
    public enum Subject {
        /** An experiment, ensemble, observation, update, prior or record addressed by id or name of its own. */
        ITEM,
        /** A record addressed by ensemble, name and realization index. */
        RECORD
    }

    private final Subject subject;

    public NotFoundException(Subject subject, String message) {
        super(Objects.requireNonNull(message, "'message' must not be null"), null, false, false);
        this.subject = Objects.requireNonNull(subject, "'subject' must not be null");
    }

    public static NotFoundException item(String kind, Object id) {
        return new NotFoundException(Subject.ITEM, kind + " '" + id + "' not found");
    }

    public Subject subject() {
        return subject;
    }
}
