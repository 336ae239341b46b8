package org.ertstorage.domain.observation;

import java.util.List;
import java.util.stream.Collectors;
import org.ertstorage.domain.DomainRuleViolation;

/** A record's observations were to be replaced, but none of the given ids names one of its experiment. */
public final class ObservationsNotFound extends DomainRuleViolation {

    public ObservationsNotFound(List<ObservationId> ids) {
        super(Category.UNPROCESSABLE, "Observations " + ids.stream().map(id -> "'" + id + "'")
                .collect(Collectors.joining(", ", "[", "]")) + " not found!");
    }
}
