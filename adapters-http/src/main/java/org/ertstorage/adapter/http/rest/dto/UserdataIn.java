package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;
import org.ertstorage.adapter.http.rest.content.JsonDialect;
import org.ertstorage.domain.Userdata;

/** Userdata in a request: a JSON object only, never a list, string or number (DEFECTS D-22). */
public final class UserdataIn {

    private UserdataIn() {
    }

    /** The whole body as userdata. @throws RequestValidationException when it is not an object */
    public static Userdata read(JsonNode body) {
        if (!body.isObject()) {
            throw new RequestValidationException(
                    new ValidationIssue(List.of("body"), "value is not a valid dict", "type_error.dict"));
        }
        return of(body);
    }

    /** A userdata field of a larger body (an empty array counts as an empty object, as in pydantic). */
    public static Userdata field(JsonNode value, List<Object> at, BodyFields fields) {
        var object = BodyFields.dict(value, at, fields);
        return object == null ? null : of(object);
    }

    private static Userdata of(JsonNode object) {
        var entries = new LinkedHashMap<String, String>();
        object.properties().forEach(entry -> entries.put(entry.getKey(), JsonDialect.normalize(entry.getValue())));
        return new Userdata(entries);
    }
}
