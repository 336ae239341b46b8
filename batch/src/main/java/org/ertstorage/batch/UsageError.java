package org.ertstorage.batch;

/** A command line the batch commands cannot run: the message says what is wrong, the usage follows. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message, null, false, false);
    }
}
