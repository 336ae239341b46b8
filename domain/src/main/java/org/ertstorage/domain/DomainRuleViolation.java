package org.ertstorage.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request that would break a rule of ERT's domain. Subclasses name the rule and carry its
 * facts as context, in the order a client should read them.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    /** How a violation relates to the request, so adapters can choose their status. */
    public enum Category {
        /** The data exists already or is in a state that forbids the change. */
        CONFLICT,
        /** A realization index lies outside what the ensemble allows. */
        OUT_OF_RANGE,
        /** The content cannot become what the request asks for. */
        UNPROCESSABLE
    }

    private final Category category;
    private final transient Map<String, String> context;

    protected DomainRuleViolation(Category category, String message, Map<String, String> context) {
        super(Objects.requireNonNull(message, "'message' must not be null"), null, false, false);
        this.category = Objects.requireNonNull(category, "'category' must not be null");
        this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    protected DomainRuleViolation(Category category, String message) {
        this(category, message, Map.of());
    }

    public Category category() {
        return category;
    }

    /** Extra facts of the violation (for example the old and new record class), in order. */
    public Map<String, String> context() {
        return context;
    }
}
