package org.ertstorage.application.port.in.observation;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.RecordId;

/** A new observation group of an experiment, optionally linked to existing records. */
public record CreateObservationCommand(
        ExperimentId experimentId,
        String name,
        List<String> xAxis,
        List<Double> values,
        List<Double> errors,
        List<RecordId> records) {

    public CreateObservationCommand {
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        xAxis = List.copyOf(Objects.requireNonNull(xAxis, "'xAxis' must not be null"));
        values = List.copyOf(Objects.requireNonNull(values, "'values' must not be null"));
        errors = List.copyOf(Objects.requireNonNull(errors, "'errors' must not be null"));
        records = List.copyOf(Objects.requireNonNull(records, "'records' must not be null"));
    }
}
