package org.ertstorage.adapter.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One item of a 422 validation body, in the shape FastAPI gives pydantic's errors:
 * {@code {"loc":["body","name"],"msg":"field required","type":"value_error.missing"}}.
 *
 * @param loc where: {@code "path"}, {@code "query"}, {@code "header"} or {@code "body"}, then field names or indices
 * @param input the refused value, which pydantic 2 names and pydantic 1 did not; null leaves it out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValidationIssue(List<Object> loc, String msg, String type, Map<String, Object> ctx, Object input) {

    public ValidationIssue {
        loc = List.copyOf(Objects.requireNonNull(loc, "'loc' must not be null"));
        Objects.requireNonNull(msg, "'msg' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
    }

    public ValidationIssue(List<Object> loc, String msg, String type, Map<String, Object> ctx) {
        this(loc, msg, type, ctx, null);
    }

    public ValidationIssue(List<Object> loc, String msg, String type) {
        this(loc, msg, type, null);
    }

    public static ValidationIssue missing(List<Object> loc) {
        return new ValidationIssue(loc, "field required", "value_error.missing");
    }

    /** A query parameter the route does not declare, as FastAPI refuses it with a query model that forbids extras. */
    public static ValidationIssue extraForbidden(String name, String value) {
        return new ValidationIssue(List.of("query", name), "Extra inputs are not permitted", "extra_forbidden", null, value);
    }
}
