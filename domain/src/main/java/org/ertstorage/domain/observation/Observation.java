package org.ertstorage.domain.observation;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.RecordId;

/**
 * A named group of measured points of an experiment: {@code values} with {@code errors} at the
 * positions {@code xAxis} (dates or indices, kept as text). The name is unique within the
 * experiment; the points never change, the linked records may.
 */
public record Observation(
        ObservationId id,
        ExperimentId experimentId,
        String name,
        List<String> xAxis,
        List<Double> values,
        List<Double> errors,
        List<RecordId> records,
        Userdata userdata) {

    public Observation {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        xAxis = List.copyOf(Objects.requireNonNull(xAxis, "'xAxis' must not be null"));
        values = List.copyOf(Objects.requireNonNull(values, "'values' must not be null"));
        errors = List.copyOf(Objects.requireNonNull(errors, "'errors' must not be null"));
        records = List.copyOf(Objects.requireNonNull(records, "'records' must not be null"));
        Objects.requireNonNull(userdata, "'userdata' must not be null");
    }

    /**
     * A new observation group of an experiment, linked to the given records.
     *
     * @throws ObservationLengthMismatch unless values, errors and x axis have one length
     */
    public static Observation create(ExperimentId experimentId, String name, List<String> xAxis,
            List<Double> values, List<Double> errors, List<RecordId> records) {
        if (values.size() != errors.size() || values.size() != xAxis.size()) {
            throw new ObservationLengthMismatch(name, xAxis.size(), values.size(), errors.size());
        }
        return new Observation(ObservationId.random(), experimentId, name, xAxis, values, errors,
                records, Userdata.EMPTY);
    }

    /** The number of measured points. */
    public int size() {
        return values.size();
    }
}
