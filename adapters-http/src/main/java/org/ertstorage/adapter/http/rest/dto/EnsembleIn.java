package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.ParameterResponseOverlap;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.update.UpdateId;

/** Body of {@code POST /experiments/{experiment_id}/ensembles}. */
public record EnsembleIn(int size, DeclaredNames names, List<Integer> activeRealizations, Optional<UUID> updateId,
        Userdata userdata) {

    public static EnsembleIn read(JsonNode body) {
        var fields = BodyFields.of(body);
        Integer size = fields.required("size", BodyFields::integer);
        List<String> parameters = fields.required("parameter_names", BodyFields.listOf(BodyFields::string));
        List<String> responses = fields.required("response_names", BodyFields.listOf(BodyFields::string));
        List<Integer> active = fields.optional("active_realizations", List.of(), BodyFields.listOf(BodyFields::integer));
        UUID updateId = fields.nullable("update_id", null, BodyFields::uuid);
        Userdata userdata = fields.optional("userdata", Userdata.EMPTY, UserdataIn::field);
        DeclaredNames names = null;
        if (parameters != null && responses != null) {
            try {
                names = new DeclaredNames(parameters, responses);
            } catch (ParameterResponseOverlap e) {
                // pydantic's root validator reports this rule in the validation list.
                fields.fail(List.of("body", "__root__"), "parameters and responses cannot have a name in common",
                        "value_error");
            }
        }
        fields.throwIfInvalid();
        return new EnsembleIn(size, names, active, Optional.ofNullable(updateId), userdata);
    }

    public CreateEnsembleCommand toCommand(ExperimentId experimentId) {
        return new CreateEnsembleCommand(experimentId, size, names, activeRealizations, updateId.map(UpdateId::new),
                userdata);
    }
}
