package org.ertstorage.application.port.in;

import java.util.Objects;

/**
 * The request carries a value the store cannot hold, such as text with the NUL character, which
 * PostgreSQL refuses in every text column. The client's input is at fault, not the server;
 * outgoing adapters throw it so that every incoming adapter can answer it as bad input.
 */
public final class UnstorableValueException extends RuntimeException {

    public UnstorableValueException(String message, Throwable cause) {
        super(Objects.requireNonNull(message, "'message' must not be null"), cause);
    }
}
