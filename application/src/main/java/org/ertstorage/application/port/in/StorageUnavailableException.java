package org.ertstorage.application.port.in;

import java.time.Duration;
import java.util.Objects;

/**
 * A store the use case needs did not answer, even after its own retries (e.g. Azure Blob Storage
 * busy or unreachable). Clients may retry the whole request after {@link #retryAfter()}; outgoing
 * adapters throw it so that every incoming adapter can tell it from a bug.
 */
public final class StorageUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public StorageUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(Objects.requireNonNull(message, "'message' must not be null"), cause);
        this.retryAfter = Objects.requireNonNull(retryAfter, "'retryAfter' must not be null");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
