package org.ertstorage.domain.ensemble;

import java.util.Set;
import java.util.TreeSet;

/** An ensemble that would declare one name both as a parameter and as a response. */
public final class ParameterResponseOverlap extends org.ertstorage.domain.DomainRuleViolation {

    private final transient Set<String> names;

    public ParameterResponseOverlap(Set<String> names) {
        super(Category.UNPROCESSABLE, "parameters and responses cannot have a name in common");
        this.names = Set.copyOf(new TreeSet<>(names));
    }

    /** The names found in both lists. */
    public Set<String> names() {
        return names;
    }
}
