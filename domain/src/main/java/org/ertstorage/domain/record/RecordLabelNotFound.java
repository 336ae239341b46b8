package org.ertstorage.domain.record;

import java.util.Map;
import org.ertstorage.domain.DomainRuleViolation;

/** A read asking for a column label that a labeled numeric record does not have (API.md 6.5.2). */
public final class RecordLabelNotFound extends DomainRuleViolation {

    private final String label;

    public RecordLabelNotFound(String label) {
        super(Category.UNPROCESSABLE, "Record label '" + label + "' not found!", Map.of());
        this.label = label;
    }

    public String label() {
        return label;
    }
}
