package org.ertstorage.domain.ensemble;

import org.ertstorage.domain.DomainRuleViolation;

/** A change to the data of an ensemble whose realizations have all completed or failed. */
public final class EnsembleComplete extends DomainRuleViolation {

    EnsembleComplete(EnsembleId id) {
        super(Category.CONFLICT, "Ensemble '" + id + "' is complete and cannot be modified");
    }
}
