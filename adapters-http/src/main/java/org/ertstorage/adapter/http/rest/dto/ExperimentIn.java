package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ertstorage.domain.prior.Prior;

/** Body of {@code POST /experiments}. Unknown fields are ignored. */
public record ExperimentIn(String name, Map<String, Prior> priors) {

    public static ExperimentIn read(JsonNode body) {
        var fields = BodyFields.of(body);
        String name = fields.required("name", BodyFields::string);
        Map<String, Prior> priors = fields.optional("priors", Map.of(), ExperimentIn::priors);
        fields.throwIfInvalid();
        return new ExperimentIn(name, priors);
    }

    private static Map<String, Prior> priors(JsonNode value, List<Object> at, BodyFields fields) {
        JsonNode object = BodyFields.dict(value, at, fields);
        var priors = new LinkedHashMap<String, Prior>();
        if (object == null || !object.isObject()) {
            return priors;
        }
        object.properties().forEach(entry -> {
            var prior = PriorIn.read(entry.getValue(), fields.at(at, entry.getKey()), fields);
            if (prior != null) {
                priors.put(entry.getKey(), prior);
            }
        });
        return priors;
    }
}
