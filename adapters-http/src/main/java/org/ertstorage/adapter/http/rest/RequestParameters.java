package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;
import org.ertstorage.adapter.http.rest.dto.PythonUuids;

/**
 * Typed path and query parameters of one request. Every malformed value is collected, and
 * {@link #validate()} reports them all at once (422) before any lookup runs, followed by the
 * query parameters the route does not declare ({@link QueryParameterCheck}).
 */
final class RequestParameters {

    private final Context ctx;
    private final List<ValidationIssue> issues = new ArrayList<>();
    private final List<ValidationIssue> undeclared;

    RequestParameters(Context ctx) {
        this.ctx = ctx;
        List<ValidationIssue> found = ctx.attribute(QueryParameterCheck.ISSUES);
        this.undeclared = found == null ? List.of() : found;
    }

    UUID pathUuid(String name) {
        return uuid(ctx.pathParam(name), List.of("path", name));
    }

    String pathText(String name) {
        return ctx.pathParam(name);
    }

    UUID requiredQueryUuid(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            issues.add(ValidationIssue.missing(List.of("query", name)));
            return null;
        }
        return uuid(value, List.of("query", name));
    }

    String requiredQueryText(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            issues.add(ValidationIssue.missing(List.of("query", name)));
        }
        return value;
    }

    Optional<String> queryText(String name) {
        return Optional.ofNullable(ctx.queryParam(name));
    }

    Optional<Integer> queryInteger(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            issues.add(new ValidationIssue(List.of("query", name), "value is not a valid integer", "type_error.integer"));
            return Optional.empty();
        }
    }

    /** A required integer query parameter; 0 stands in for a missing or malformed one, reported by {@link #validate()}. */
    int requiredQueryInteger(String name) {
        if (ctx.queryParam(name) == null) {
            issues.add(ValidationIssue.missing(List.of("query", name)));
            return 0;
        }
        return queryInteger(name).orElse(0);
    }

    /** pydantic's booleans: true/false, t/f, yes/no, y/n, on/off, 1/0, in any case. */
    Optional<Boolean> queryBoolean(String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return Optional.empty();
        }
        switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "t", "yes", "y", "on", "1" -> {
                return Optional.of(true);
            }
            case "false", "f", "no", "n", "off", "0" -> {
                return Optional.of(false);
            }
            default -> {
                issues.add(new ValidationIssue(List.of("query", name), "value could not be parsed to a boolean",
                        "type_error.bool"));
                return Optional.empty();
            }
        }
    }

    /** Reports a query parameter whose value this route cannot take, saying why. */
    void refuse(String name, String message) {
        issues.add(new ValidationIssue(List.of("query", name), message, "value_error"));
    }

    /** @throws RequestValidationException when any parameter read so far was malformed, or one is undeclared */
    void validate() {
        if (!issues.isEmpty() || !undeclared.isEmpty()) {
            var all = new ArrayList<>(issues);
            all.addAll(undeclared);
            throw new RequestValidationException(all);
        }
    }

    private UUID uuid(String value, List<Object> loc) {
        UUID parsed = PythonUuids.parse(value);
        if (parsed == null) {
            issues.add(new ValidationIssue(loc, "value is not a valid uuid", "type_error.uuid"));
        }
        return parsed;
    }
}
