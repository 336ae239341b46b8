package org.ertstorage.adapter.formats.matrix;

/**
 * An upload body that is not a non-empty numeric matrix in its format. The HTTP layer answers
 * 422 with the record's "needs to be a matrix" text (API.md 6.2), or "needs to be a non-empty
 * matrix" when {@link #empty()} (DEFECTS D-16); the reason is for logs only.
 */
public final class UndecodableMatrix extends RuntimeException {

    private final boolean empty;

    public UndecodableMatrix(String reason) {
        this(reason, false);
    }

    private UndecodableMatrix(String reason, boolean empty) {
        super(reason, null, false, false);
        this.empty = empty;
    }

    /** A well-formed body without values: {@code []}, a header-only CSV, a zero-length array. */
    public static UndecodableMatrix emptyMatrix() {
        return new UndecodableMatrix("the matrix has no values", true);
    }

    public boolean empty() {
        return empty;
    }
}
