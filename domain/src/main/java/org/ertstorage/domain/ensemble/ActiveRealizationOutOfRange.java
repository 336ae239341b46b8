package org.ertstorage.domain.ensemble;

import java.util.List;
import org.ertstorage.domain.DomainRuleViolation;

/** An active realization index outside {@code [0, size-1]} of a new ensemble. */
public final class ActiveRealizationOutOfRange extends DomainRuleViolation {

    ActiveRealizationOutOfRange(int index, int size) {
        // ERT's tests assert this text verbatim, including the missing space after the comma.
        super(Category.OUT_OF_RANGE,
                "Ensemble active realization index " + index + " out of realization range [0," + (size - 1) + "]");
    }

    private ActiveRealizationOutOfRange(String message) {
        super(Category.OUT_OF_RANGE, message);
    }

    static ActiveRealizationOutOfRange forSizeWithoutRange(int size, List<Integer> requested) {
        return new ActiveRealizationOutOfRange("Ensemble of size " + size
                + " cannot have active realizations, got " + ActiveRealizations.describe(requested));
    }
}
