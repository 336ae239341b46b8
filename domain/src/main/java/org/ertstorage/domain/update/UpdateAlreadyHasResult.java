package org.ertstorage.domain.update;

import org.ertstorage.domain.DomainRuleViolation;

/** A second result ensemble for one update: an ensemble has at most one parent. */
public final class UpdateAlreadyHasResult extends DomainRuleViolation {

    public UpdateAlreadyHasResult(UpdateId id) {
        super(Category.CONFLICT, "Update '" + id + "' already has a result ensemble");
    }
}
