package org.ertstorage.domain.prior;

import org.ertstorage.domain.DomainRuleViolation;

/** A prior whose arguments do not fit its function (missing, or a fractional bin count). */
public final class InvalidPrior extends DomainRuleViolation {

    public InvalidPrior(String message) {
        super(Category.UNPROCESSABLE, message);
    }
}
