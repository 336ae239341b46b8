package org.ertstorage.domain.update;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.observation.ObservationId;

/** A transformation as a client asks for it, before it is checked against its observation. */
public record TransformationSpec(String name, List<Boolean> active, List<Double> scale, ObservationId observationId) {

    public TransformationSpec {
        Objects.requireNonNull(name, "'name' must not be null");
        active = List.copyOf(Objects.requireNonNull(active, "'active' must not be null"));
        scale = List.copyOf(Objects.requireNonNull(scale, "'scale' must not be null"));
        Objects.requireNonNull(observationId, "'observationId' must not be null");
    }
}
