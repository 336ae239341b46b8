package org.ertstorage.domain.ensemble;

import java.util.List;
import org.ertstorage.domain.DomainRuleViolation;

/** A list of active realizations of a new ensemble that names one index twice. */
public final class DuplicateActiveRealization extends DomainRuleViolation {

    DuplicateActiveRealization(List<Integer> requested) {
        super(Category.OUT_OF_RANGE,
                "Non unique active realization index list not allowed " + ActiveRealizations.describe(requested));
    }
}
