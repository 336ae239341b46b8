package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import org.ertstorage.adapter.http.error.ApiError;
import org.ertstorage.adapter.formats.JsonDialect;
import org.ertstorage.domain.Userdata;

/** Userdata in a request: a JSON object only, never a list, string or number (DEFECTS D-22). */
public final class UserdataIn {

    private static final String NON_FINITE = "userdata must not contain NaN or Infinity";

    private UserdataIn() {
    }

    /** The whole body as userdata. @throws ApiError (422, DEFECTS D-22) when it is not an object or holds NaN */
    public static Userdata read(JsonNode body) {
        if (!body.isObject()) {
            throw new ApiError(422, "userdata must be a JSON object");
        }
        if (hasNonFinite(body)) {
            throw new ApiError(422, NON_FINITE);
        }
        return of(body);
    }

    /** A userdata field of a larger body (an empty array counts as an empty object, as in pydantic). */
    public static Userdata field(JsonNode value, List<Object> at, BodyFields fields) {
        var object = BodyFields.dict(value, at, fields);
        if (object != null && hasNonFinite(object)) {
            fields.fail(at, NON_FINITE, "value_error");
            return null;
        }
        return object == null ? null : of(object);
    }

    /** NaN and Infinity cannot be stored as JSON on PostgreSQL (DEFECTS D-22). */
    private static boolean hasNonFinite(JsonNode node) {
        if (node.isNumber()) {
            return !Double.isFinite(node.doubleValue());
        }
        for (JsonNode child : node) {
            if (hasNonFinite(child)) {
                return true;
            }
        }
        return false;
    }

    private static Userdata of(JsonNode object) {
        var entries = new LinkedHashMap<String, String>();
        object.properties().forEach(entry -> entries.put(entry.getKey(), JsonDialect.normalize(entry.getValue())));
        return new Userdata(entries);
    }
}
