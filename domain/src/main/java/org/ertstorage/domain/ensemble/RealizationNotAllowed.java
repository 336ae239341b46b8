package org.ertstorage.domain.ensemble;

import org.ertstorage.domain.DomainRuleViolation;

/** A per-realization upload for a realization the ensemble does not have active. */
public final class RealizationNotAllowed extends DomainRuleViolation {

    RealizationNotAllowed(int index, ActiveRealizations allowed) {
        super(Category.OUT_OF_RANGE, "Realization index " + index + " outside of allowed realization indices "
                + ActiveRealizations.describe(allowed.indices()));
    }

    RealizationNotAllowed(int index) {
        super(Category.OUT_OF_RANGE, "Realization index " + index + " must not be negative");
    }
}
