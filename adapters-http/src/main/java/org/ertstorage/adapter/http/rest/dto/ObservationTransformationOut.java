package org.ertstorage.adapter.http.rest.dto;

import java.util.List;
import java.util.UUID;
import org.ertstorage.domain.update.ObservationTransformation;

/** How an update scaled or deactivated the points of one observation. */
public record ObservationTransformationOut(String name, List<Boolean> active, List<Double> scale, UUID observationId,
        UUID id) {

    public static ObservationTransformationOut from(ObservationTransformation transformation) {
        return new ObservationTransformationOut(transformation.name(), transformation.active(), transformation.scale(),
                transformation.observationId().value(), transformation.id().value());
    }
}
