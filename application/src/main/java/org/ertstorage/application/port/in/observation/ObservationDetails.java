package org.ertstorage.application.port.in.observation;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.update.ObservationTransformation;

/** An observation, with the transformation the update that produced an ensemble applied to it. */
public record ObservationDetails(Observation observation, Optional<ObservationTransformation> transformation) {

    public ObservationDetails {
        Objects.requireNonNull(observation, "'observation' must not be null");
        Objects.requireNonNull(transformation, "'transformation' must not be null");
    }
}
