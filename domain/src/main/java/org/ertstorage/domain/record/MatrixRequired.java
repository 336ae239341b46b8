package org.ertstorage.domain.record;

import java.util.Optional;
import org.ertstorage.domain.DomainRuleViolation;

/** An upload to a numeric record whose content is not a matrix; the texts are ERT's, typos included. */
public final class MatrixRequired extends DomainRuleViolation {

    public MatrixRequired(String name, Optional<Integer> realization) {
        super(Category.UNPROCESSABLE, realization
                .map(index -> "Forward-model record '" + name + "' for realization " + index + " needs to be a matrix")
                .orElse("Ensemble-wide record '" + name + "' for needs to be a matrix"));
    }
}
