package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builders of the API suites: each makes its entity over HTTP and returns its id, so a test sets
 * up only what it names. Names are unique per call, because the suites also run on databases that
 * already hold data.
 */
public final class ApiTestData {

    /** The body {@link #ensemble(ApiClient, String)} sends: two realizations, one parameter, one response. */
    public static final String ENSEMBLE_BODY = """
            {"size":2,"parameter_names":["COEFFS"],"response_names":["FOPR"]}""";

    private ApiTestData() {
    }

    /** A name no other test uses, e.g. {@code obs-3f2a…}. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A well-formed UUID that names nothing. */
    public static String unknownId() {
        return UUID.randomUUID().toString();
    }

    public static String experiment(ApiClient api) {
        return experiment(api, "{\"name\":\"" + unique("experiment") + "\"}");
    }

    public static String experiment(ApiClient api, String body) {
        return api.post("/experiments", body).expect(200).get("id").asText();
    }

    public static String ensemble(ApiClient api, String experimentId) {
        return ensemble(api, experimentId, ENSEMBLE_BODY);
    }

    public static String ensemble(ApiClient api, String experimentId, String body) {
        return api.post("/experiments/" + experimentId + "/ensembles", body).expect(200).get("id").asText();
    }

    /** The result ensemble of {@code updateId}, created in {@code experimentId}. */
    public static String resultEnsemble(ApiClient api, String experimentId, String updateId) {
        return ensemble(api, experimentId, """
                {"size":2,"parameter_names":["COEFFS"],"response_names":["FOPR"],"update_id":"%s"}""".formatted(updateId));
    }

    /** An observation of two points: values 1 and 2, errors 0.1 and 0.2, at {@code "0"} and {@code "1"}. */
    public static String observation(ApiClient api, String experimentId, String name) {
        return api.post("/experiments/" + experimentId + "/observations", observationBody(name)).expect(200)
                .get("id").asText();
    }

    public static String observationBody(String name) {
        return """
                {"name":"%s","values":[1,2],"errors":[0.1,0.2],"x_axis":["0","1"]}""".formatted(name);
    }

    /** A transformation of an observation made by {@link #observation}: both points active, scales 1 and 0.5. */
    public static String transformation(String observationName, String observationId) {
        return """
                {"name":"%s","active":[true,true],"scale":[1,0.5],"observation_id":"%s"}"""
                .formatted(observationName, observationId);
    }

    /** An update of algorithm {@code es} from {@code referenceId} with the given transformations. */
    public static String update(ApiClient api, String referenceId, String... transformations) {
        return api.post("/updates", updateBody(referenceId, transformations)).expect(200).get("id").asText();
    }

    public static String updateBody(String referenceId, String... transformations) {
        return """
                {"algorithm":"es","ensemble_reference_id":"%s","observation_transformations":[%s]}"""
                .formatted(referenceId, String.join(",", transformations));
    }

    /** The texts of a JSON array, e.g. of {@code ensemble_ids}. */
    public static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** Asserts a domain error (API.md 1.4.2): the status and the exact {@code detail} object. */
    public static void assertDomainError(ApiResponse response, int status, String detail) {
        assertEquals(status, response.status(), response.request() + " answered " + response.body());
        assertEquals("{\"detail\":" + detail + "}", response.body(), response.request());
    }

    /** Asserts {@code 404 {"detail":"Item not found"}}. */
    public static void assertItemNotFound(ApiResponse response) {
        assertEquals(404, response.status(), response.request() + " answered " + response.body());
        assertEquals("{\"detail\":\"Item not found\"}", response.body(), response.request());
    }

    /** Asserts a 422 validation list with exactly one item. */
    public static void assertValidation(ApiResponse response, String loc, String msg, String type) {
        assertEquals(422, response.status(), response.request() + " answered " + response.body());
        assertEquals("{\"detail\":[{\"loc\":" + loc + ",\"msg\":\"" + msg + "\",\"type\":\"" + type + "\"}]}",
                response.body(), response.request());
    }
}
