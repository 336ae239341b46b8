package org.ertstorage.adapter.http.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An error the HTTP layer itself finds, answered in the domain-error shape
 * {@code {"detail":{<query and path parameters>, <context>, "error": message}}}.
 */
public final class ApiError extends RuntimeException {

    private final int status;
    private final transient Map<String, String> context;

    public ApiError(int status, String message, Map<String, String> context) {
        super(Objects.requireNonNull(message, "'message' must not be null"), null, false, false);
        this.status = status;
        this.context = new LinkedHashMap<>(context);
    }

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    public int status() {
        return status;
    }

    public Map<String, String> context() {
        return Map.copyOf(context);
    }
}
