package org.ertstorage.adapter.http.error;

/** A request body beyond what the server reads whole; answered 413 before the body is read when its length is declared. */
public final class RequestTooLarge extends RuntimeException {

    public RequestTooLarge(long limit) {
        super(message(limit));
    }

    static String message(long limit) {
        return "Request body too large: at most " + limit + " bytes are accepted here;"
                + " upload larger content as a file or in blob blocks";
    }
}
