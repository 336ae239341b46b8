package org.ertstorage.domain.observation;

import org.ertstorage.domain.DomainRuleViolation;

/** Misfits cannot be computed from the stored responses and observation. */
public final class MisfitsUnavailable extends DomainRuleViolation {

    public MisfitsUnavailable(String reason) {
        super(Category.UNPROCESSABLE, "Unable to compute misfits: " + reason);
    }
}
