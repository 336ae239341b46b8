package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.ertstorage.adapter.formats.PythonFloats;
import org.ertstorage.application.port.in.observation.CreateObservationCommand;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.RecordId;

/** Body of {@code POST /experiments/{experiment_id}/observations}. */
public record ObservationIn(String name, List<Double> errors, List<Double> values, List<String> xAxis,
        List<UUID> records) {

    public static ObservationIn read(JsonNode body) {
        var fields = BodyFields.of(body);
        String name = fields.required("name", BodyFields::string);
        List<Double> errors = fields.required("errors", BodyFields.listOf(BodyFields::number));
        List<Double> values = fields.required("values", BodyFields.listOf(BodyFields::number));
        List<String> xAxis = fields.required("x_axis", BodyFields.listOf(ObservationIn::axisLabel));
        List<UUID> records = fields.nullable("records", List.of(), BodyFields.listOf(BodyFields::uuid));
        fields.throwIfInvalid();
        return new ObservationIn(name, errors, values, xAxis, records);
    }

    /** x-axis entries are stored as text, as the original does on PostgreSQL: {@code 0}, {@code 1.5}. */
    private static String axisLabel(JsonNode value, List<Object> at, BodyFields fields) {
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        if (value.isFloatingPointNumber()) {
            return PythonFloats.repr(value.doubleValue());
        }
        return BodyFields.string(value, at, fields);
    }

    public CreateObservationCommand toCommand(ExperimentId experimentId) {
        return new CreateObservationCommand(experimentId, name, xAxis, values, errors,
                records.stream().map(RecordId::new).toList());
    }
}
