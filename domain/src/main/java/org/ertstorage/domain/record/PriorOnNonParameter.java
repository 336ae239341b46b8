package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;

/** A prior named for a record that is not a parameter. */
public final class PriorOnNonParameter extends DomainRuleViolation {

    PriorOnNonParameter() {
        super(Category.UNPROCESSABLE, "Priors can only be specified for parameter records");
    }
}
