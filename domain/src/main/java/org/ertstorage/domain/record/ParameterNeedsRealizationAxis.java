package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.ensemble.EnsembleId;

/** An ensemble-wide parameter record holds one row per realization, so it has at least two dimensions. */
public final class ParameterNeedsRealizationAxis extends DomainRuleViolation {

    public ParameterNeedsRealizationAxis(String name, EnsembleId ensembleId) {
        // ERT's text, without the space before "must".
        super(Category.UNPROCESSABLE, "Ensemble-wide parameter record '" + name + "' for ensemble '" + ensembleId
                + "'must have dimensionality of at least 2");
    }
}
