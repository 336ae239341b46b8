package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;

/** Uploaded content that cannot become a numeric record: ragged, empty of dimensions, or inconsistent. */
public final class NotAMatrix extends DomainRuleViolation {

    public NotAMatrix(String reason) {
        super(Category.UNPROCESSABLE, reason);
    }
}
