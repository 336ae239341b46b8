package org.ertstorage.batch;

/** A batch command that could not do its work (unreadable directory, checksum mismatch, ...); the message says why. */
final class BatchFailure extends RuntimeException {

    BatchFailure(String message) {
        super(message);
    }

    BatchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
