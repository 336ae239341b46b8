package org.ertstorage.domain.ensemble;

import org.ertstorage.domain.DomainRuleViolation;

/** An ensemble size below -1 (the value that means "unknown size") or above {@link Ensemble#MAX_SIZE}. */
public final class InvalidEnsembleSize extends DomainRuleViolation {

    InvalidEnsembleSize(int size) {
        super(Category.UNPROCESSABLE, "'size' must be -1 (unknown) or between 0 and " + Ensemble.MAX_SIZE + ", got " + size);
    }
}
