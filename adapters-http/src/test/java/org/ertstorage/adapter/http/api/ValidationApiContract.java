package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertValidation;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API.md §1 and §1.5: identifiers in every form Python accepts, the 422 validation bodies, the
 * JSON dialect (NaN tokens, Python float text, raw non-ASCII), and the order of the checks.
 */
public abstract class ValidationApiContract extends ApiContract {

    private static final String OBSERVATION = "{\"name\":\"OBS\",\"errors\":[1],\"values\":%s,\"x_axis\":[0]}";

    /** The raw {@code values} of an observation created with them, as the server wrote them. */
    private String valuesAnswered(String values) {
        var response = api().post("/experiments/" + experiment(api()) + "/observations",
                "{\"name\":\"OBS\",\"values\":" + values + ",\"errors\":" + values + ",\"x_axis\":" + values + "}");
        var body = response.body();
        assertEquals(200, response.status(), body);
        return body.substring(body.indexOf("\"values\":") + "\"values\":".length(), body.indexOf(",\"x_axis\":"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"canonical", "upper", "hex", "HEX", "{braces}", "urn:uuid:urn", "{urn:uuid:braced}"})
    void givenIdInAnyFormPythonAccepts_getExperiment_findsIt(String form) {
        var id = experiment(api());
        var hex = id.replace("-", "");
        // %7B and %7D are the braces, which a URI cannot carry unencoded.
        var written = switch (form) {
            case "canonical" -> id;
            case "upper" -> id.toUpperCase(Locale.ROOT);
            case "hex" -> hex;
            case "HEX" -> hex.toUpperCase(Locale.ROOT);
            case "{braces}" -> "%7B" + id + "%7D";
            case "urn:uuid:urn" -> "urn:uuid:" + id;
            default -> "urn:uuid:%7B" + hex.toUpperCase(Locale.ROOT) + "%7D";
        };
        assertEquals(id, api().get("/experiments/" + written).expect(200).get("id").asText());
    }

    @Test
    void givenUpperCaseHexIds_otherRoutes_findTheirEntities() {
        var experimentId = experiment(api());
        var ensembleId = ensemble(api(), experimentId);
        var upper = ensembleId.replace("-", "").toUpperCase(Locale.ROOT);
        assertEquals(ensembleId, api().get("/ensembles/" + upper).expect(200).get("id").asText());
        assertEquals(ensembleId, api().post("/ensembles/%7B" + upper + "%7D/complete", null).expect(200).get("id").asText());
        api().put("/ensembles/urn:uuid:" + upper + "/userdata", "{\"a\":1}").expect(200);
        assertEquals("{\"a\":1}", api().get("/ensembles/" + ensembleId + "/userdata").body());
        var updateId = api().post("/updates", "{\"algorithm\":\"es\",\"ensemble_reference_id\":\"" + upper + "\"}")
                .expect(200).get("id").asText();
        assertEquals(updateId, api().get("/updates/" + updateId.toUpperCase(Locale.ROOT)).expect(200).get("id").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-uuid", "0123456789abcdef0123456789abcde", "0123456789abcdef0123456789abcdef0",
            "0123456789abcdef0123456789abcdeg", "%7B%7D"})
    void givenMalformedId_getExperiment_answersUuidValidationError(String id) {
        assertValidation(api().get("/experiments/" + id), "[\"path\",\"experiment_id\"]", "value is not a valid uuid",
                "type_error.uuid");
    }

    @ParameterizedTest
    @CsvSource({
            "GET, /ensembles/x, ensemble_id", "POST, /ensembles/x/complete, ensemble_id",
            "GET, /ensembles/x/observations, ensemble_id", "GET, /ensembles/x/userdata, ensemble_id",
            "PATCH, /observations/x/userdata, obs_id", "GET, /updates/x, update_id", "GET, /updates/facade, update_id",
            "DELETE, /experiments/x, experiment_id", "GET, /experiments/x/ensembles, experiment_id",
            "GET, /experiments/x/observations, experiment_id", "PUT, /experiments/x/userdata, experiment_id"})
    void givenMalformedIdOnEachRoute_request_answersValidationErrorAtThatParameter(String method, String path,
            String parameter) {
        var body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
        assertValidation(api().send(method, path, body, Map.of()), "[\"path\",\"" + parameter + "\"]",
                "value is not a valid uuid", "type_error.uuid");
    }

    @Test
    void givenMalformedIdAndInvalidBody_createEnsemble_reportsThePathFirst() {
        var detail = api().post("/experiments/x/ensembles", "{}").expect(422).get("detail");
        assertEquals("[\"path\",\"experiment_id\"]", detail.get(0).get("loc").toString());
    }

    @Test
    void givenNoTokenAndInvalidBodyOnUnknownExperiment_createEnsemble_answersNotAuthenticated() {
        var response = api().withToken(null).post("/experiments/" + unknownId() + "/ensembles", "{");
        assertEquals(403, response.status());
        assertEquals("{\"detail\":\"Not authenticated\"}", response.body());
    }

    @Test
    void givenWrongTokenAndUnknownExperiment_deleteExperiment_answersInvalidToken() {
        var response = api().withToken("wrong").delete("/experiments/" + unknownId());
        assertEquals(403, response.status());
        assertEquals("{\"detail\":\"Invalid token\"}", response.body());
    }

    @Test
    void givenNoBody_postExperiment_answersBodyRequired() {
        assertValidation(api().post("/experiments", null), "[\"body\"]", "field required", "value_error.missing");
    }

    @Test
    void givenNoName_postExperiment_answersFieldRequired() {
        assertValidation(api().post("/experiments", "{\"priors\":{}}"), "[\"body\",\"name\"]", "field required",
                "value_error.missing");
    }

    @Test
    void givenNullName_postExperiment_answersNoneNotAllowed() {
        assertValidation(api().post("/experiments", "{\"name\":null}"), "[\"body\",\"name\"]",
                "none is not an allowed value", "type_error.none.not_allowed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"name\":\"x\"}]", "\"x\"", "5"})
    void givenBodyThatIsNotAnObject_postExperiment_answersNotADict(String body) {
        assertValidation(api().post("/experiments", body), "[\"body\"]", "value is not a valid dict", "type_error.dict");
    }

    @Test
    void givenMalformedJson_postExperiment_answersJsonDecodeErrorWithOffset() {
        var detail = api().post("/experiments", "{\"name\": \"x\",}").expect(422).get("detail");
        assertEquals(1, detail.size(), detail::toString);
        assertEquals("value_error.jsondecode", detail.get(0).get("type").asText());
        assertEquals("body", detail.get(0).get("loc").get(0).asText());
        assertTrue(detail.get(0).get("loc").get(1).isInt(), detail::toString);
        assertTrue(detail.get(0).get("msg").isTextual(), detail::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    void givenNonJsonContentType_postExperiment_answersUnprocessable(String contentType) {
        var response = api().send("POST", "/experiments", "{\"name\":\"x\"}", Map.of("Content-Type", contentType));
        assertEquals(422, response.status(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/json", "application/json; charset=utf-8", "APPLICATION/JSON",
            "application/problem+json"})
    void givenAbsentOrJsonContentType_postExperiment_readsTheBody(String contentType) {
        var headers = contentType.isEmpty() ? Map.<String, String>of() : Map.of("Content-Type", contentType);
        api().send("POST", "/experiments", "{\"name\":\"x\"}", headers).expect(200);
    }

    @Test
    void givenSeveralMissingFields_createObservation_listsEachInFieldOrder() {
        var response = api().post("/experiments/" + experiment(api()) + "/observations", "{}");
        assertEquals(422, response.status(), response.body());
        assertEquals("""
                {"detail":[{"loc":["body","name"],"msg":"field required","type":"value_error.missing"},\
                {"loc":["body","errors"],"msg":"field required","type":"value_error.missing"},\
                {"loc":["body","values"],"msg":"field required","type":"value_error.missing"},\
                {"loc":["body","x_axis"],"msg":"field required","type":"value_error.missing"}]}""", response.body());
    }

    @Test
    void givenBadListItems_createObservation_answersTheirIndices() {
        var response = api().post("/experiments/" + experiment(api()) + "/observations",
                OBSERVATION.formatted("[1,\"abc\",null]"));
        assertEquals("""
                {"detail":[{"loc":["body","values",1],"msg":"value is not a valid float","type":"type_error.float"},\
                {"loc":["body","values",2],"msg":"none is not an allowed value","type":"type_error.none.not_allowed"}]}""",
                response.body());
        assertEquals(422, response.status());
    }

    @Test
    void givenListFieldThatIsNotAList_createObservation_answersNotAList() {
        assertValidation(api().post("/experiments/" + experiment(api()) + "/observations", OBSERVATION.formatted("1")),
                "[\"body\",\"values\"]", "value is not a valid list", "type_error.list");
    }

    @Test
    void givenMalformedUpdateId_createEnsemble_answersUuidValidationError() {
        assertValidation(api().post("/experiments/" + experiment(api()) + "/ensembles",
                "{\"size\":1,\"parameter_names\":[],\"response_names\":[],\"update_id\":\"nope\"}"),
                "[\"body\",\"update_id\"]", "value is not a valid uuid", "type_error.uuid");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"3\"|3", "3.0|3", "\" 2 \"|2"})
    void givenIntegralSizeInOtherForms_createEnsemble_acceptsIt(String sent, int size) {
        var body = api().post("/experiments/" + experiment(api()) + "/ensembles",
                "{\"size\":" + sent + ",\"parameter_names\":[5],\"response_names\":[1.5]}").expect(200);
        assertEquals(size, body.get("size").intValue());
        assertEquals("[\"5\"]", body.get("parameter_names").toString());
        assertEquals("[\"1.5\"]", body.get("response_names").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "\"three\"", "[3]"})
    void givenSizeThatIsNotAnInteger_createEnsemble_answersNotAnInteger(String sent) {
        // The original truncated 3.5 to 3 (DEFECTS D-25).
        assertValidation(api().post("/experiments/" + experiment(api()) + "/ensembles",
                "{\"size\":" + sent + ",\"parameter_names\":[],\"response_names\":[]}"), "[\"body\",\"size\"]",
                "value is not a valid integer", "type_error.integer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[NaN,Infinity,-Infinity]|[NaN,Infinity,-Infinity]",
            "[\"nan\",\"inf\",\"-Infinity\"]|[NaN,Infinity,-Infinity]",
            "[1e-5,0.0001,1e16,1.5E16,123456789]|[1e-05,0.0001,1e+16,1.5e+16,123456789.0]",
            "[1000000000000000,-0.0,5e-324,1.7976931348623157e308]|[1000000000000000.0,-0.0,5e-324,1.7976931348623157e+308]",
            "[0.1,\"2.5\",true]|[0.1,2.5,1.0]"})
    void givenNumbersInAnyForm_createObservation_answersThemInPythonsForm(String sent, String answered) {
        assertEquals(answered, valuesAnswered(sent));
    }

    @Test
    void givenNonAsciiName_postExperiment_answersItRawAndCompact() {
        var response = api().post("/experiments", "{ \"name\" : \"Ærøskøbing – 北海\" }");
        var id = response.expect(200).get("id").asText();
        assertEquals("{\"name\":\"Ærøskøbing – 北海\",\"id\":\"" + id + "\",\"ensemble_ids\":[],\"priors\":{},"
                + "\"userdata\":{}}", response.body());
    }
}
