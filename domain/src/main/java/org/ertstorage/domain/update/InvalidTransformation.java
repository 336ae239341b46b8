package org.ertstorage.domain.update;

import org.ertstorage.domain.DomainRuleViolation;

/** A transformation that does not fit its observation: unknown, renamed, foreign or mis-sized. */
public final class InvalidTransformation extends DomainRuleViolation {

    InvalidTransformation(String message) {
        super(Category.UNPROCESSABLE, message);
    }
}
