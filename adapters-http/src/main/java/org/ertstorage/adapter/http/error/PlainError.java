package org.ertstorage.adapter.http.error;

import java.util.Map;
import java.util.Objects;

/**
 * An error answered as {@code {"detail":"<text>"}}: the token check's 403s and routing's 404/405.
 *
 * @param headers sent with the answer, e.g. {@code Allow} on a 405
 */
public final class PlainError extends RuntimeException {

    private final int status;
    private final transient Map<String, String> headers;

    public PlainError(int status, String detail, Map<String, String> headers) {
        super(Objects.requireNonNull(detail, "'detail' must not be null"), null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public PlainError(int status, String detail) {
        this(status, detail, Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
