package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.update.ObservationTransformation;

/** An observation as the API shows it; {@code transformation} is only filled in an ensemble's listing. */
public record ObservationOut(
        String name,
        List<Double> errors,
        List<Double> values,
        List<String> xAxis,
        List<UUID> records,
        UUID id,
        ObservationTransformationOut transformation,
        @JsonRawValue String userdata) {

    public static ObservationOut from(Observation observation, Optional<ObservationTransformation> transformation) {
        return new ObservationOut(observation.name(), observation.errors(), observation.values(), observation.xAxis(),
                observation.records().stream().map(RecordId::value).toList(), observation.id().value(),
                transformation.map(ObservationTransformationOut::from).orElse(null), observation.userdata().toJson());
    }
}
