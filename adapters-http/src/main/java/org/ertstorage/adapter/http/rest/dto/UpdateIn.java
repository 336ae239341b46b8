package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.in.update.CreateUpdateCommand;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.update.TransformationSpec;

/**
 * Body of {@code POST /updates}. {@code ensemble_result_id} is validated but ignored: the result is
 * linked when the result ensemble is created with {@code update_id}.
 */
public record UpdateIn(String algorithm, Optional<UUID> ensembleReferenceId, List<TransformationSpec> transformations) {

    public static UpdateIn read(JsonNode body) {
        var fields = BodyFields.of(body);
        String algorithm = fields.required("algorithm", BodyFields::string);
        UUID reference = fields.nullable("ensemble_reference_id", null, BodyFields::uuid);
        fields.nullable("ensemble_result_id", null, BodyFields::uuid);
        List<TransformationSpec> transformations = fields.nullable("observation_transformations", List.of(),
                BodyFields.listOf(UpdateIn::transformation));
        fields.throwIfInvalid();
        return new UpdateIn(algorithm, Optional.ofNullable(reference), transformations);
    }

    private static TransformationSpec transformation(JsonNode value, List<Object> at, BodyFields body) {
        var fields = body.nested(value, at);
        if (fields == null) {
            return null;
        }
        String name = fields.required("name", BodyFields::string);
        List<Boolean> active = fields.required("active", BodyFields.listOf(BodyFields::bool));
        List<Double> scale = fields.required("scale", BodyFields.listOf(BodyFields::number));
        UUID observation = fields.required("observation_id", BodyFields::uuid);
        if (name == null || active == null || scale == null || observation == null) {
            return null;
        }
        return new TransformationSpec(name, active, scale, new ObservationId(observation));
    }

    public CreateUpdateCommand toCommand() {
        return new CreateUpdateCommand(algorithm, ensembleReferenceId.map(EnsembleId::new), transformations);
    }
}
