package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.prior.PriorFunction;

/**
 * A prior in a request: {@code {"function": "<name>", <arguments>}}. Unlike the original
 * (DEFECTS D-24), a missing {@code function} is inferred only from an argument set that names
 * exactly one function, and an unknown function gets one readable error.
 */
public final class PriorIn {

    private PriorIn() {
    }

    public static Prior read(JsonNode value, List<Object> at, BodyFields body) {
        var fields = body.nested(value, at);
        if (fields == null) {
            return null;
        }
        PriorFunction function = function(value, at, body);
        if (function == null) {
            return null;
        }
        var trial = BodyFields.trial(value, at);
        var arguments = new LinkedHashMap<String, Double>();
        for (String argument : function.argumentNames()) {
            Double number = argument.equals(PriorFunction.BINS)
                    ? toDouble(trial.required(argument, BodyFields::integer))
                    : trial.required(argument, BodyFields::number);
            arguments.put(argument, number);
        }
        if (!trial.valid()) {
            body.adopt(trial);
            return null;
        }
        return Prior.of(function, arguments);
    }

    private static PriorFunction function(JsonNode value, List<Object> at, BodyFields body) {
        var functionAt = body.at(at, "function");
        JsonNode name = value.get("function");
        if (name == null || name.isNull()) {
            var given = new java.util.HashSet<String>();
            value.fieldNames().forEachRemaining(given::add);
            var inferred = PriorFunction.inferFrom(Set.copyOf(given));
            if (inferred.isEmpty()) {
                body.fail(functionAt, "prior '" + at.getLast() + "': missing \"function\"", "value_error.missing");
            }
            return inferred.orElse(null);
        }
        var function = name.isTextual() ? PriorFunction.fromWireName(name.textValue()) : java.util.Optional.<PriorFunction>empty();
        if (function.isEmpty()) {
            body.fail(functionAt, "unexpected value; permitted: " + Arrays.stream(PriorFunction.values())
                    .map(f -> "'" + f.wireName() + "'").collect(Collectors.joining(", ")), "value_error.const");
        }
        return function.orElse(null);
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
