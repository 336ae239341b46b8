package org.ertstorage.adapter.http.error;

import java.util.List;

/** The request's parameters or body do not have the declared types: 422 with a list of issues. */
public final class RequestValidationException extends RuntimeException {

    private final transient List<ValidationIssue> issues;

    public RequestValidationException(List<ValidationIssue> issues) {
        super(issues.isEmpty() ? "invalid request" : issues.getFirst().msg(), null, false, false);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one issue");
        }
        this.issues = List.copyOf(issues);
    }

    public RequestValidationException(ValidationIssue issue) {
        this(List.of(issue));
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
