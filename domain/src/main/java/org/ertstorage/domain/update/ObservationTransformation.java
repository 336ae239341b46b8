package org.ertstorage.domain.update;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.observation.ObservationId;

/**
 * How an update scaled and (de)activated the points of one observation: one {@code active}
 * flag and one {@code scale} factor per point. {@code name} is the observation's name.
 */
public record ObservationTransformation(
        TransformationId id, ObservationId observationId, String name, List<Boolean> active, List<Double> scale) {

    public ObservationTransformation {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(observationId, "'observationId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        active = List.copyOf(Objects.requireNonNull(active, "'active' must not be null"));
        scale = List.copyOf(Objects.requireNonNull(scale, "'scale' must not be null"));
    }
}
