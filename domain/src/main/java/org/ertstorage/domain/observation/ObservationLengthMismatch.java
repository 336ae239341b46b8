package org.ertstorage.domain.observation;

import org.ertstorage.domain.DomainRuleViolation;

/** An observation whose x axis, values and errors do not have one length. */
public final class ObservationLengthMismatch extends DomainRuleViolation {

    ObservationLengthMismatch(String name, int xAxis, int values, int errors) {
        super(Category.UNPROCESSABLE, "Observation '" + name + "' must have as many values as errors and x_axis"
                + " entries, got " + values + " values, " + errors + " errors and " + xAxis + " x_axis entries");
    }
}
