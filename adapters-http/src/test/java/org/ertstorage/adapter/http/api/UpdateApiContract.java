package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertDomainError;
import static org.ertstorage.adapter.http.api.ApiTestData.assertItemNotFound;
import static org.ertstorage.adapter.http.api.ApiTestData.assertValidation;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.observation;
import static org.ertstorage.adapter.http.api.ApiTestData.resultEnsemble;
import static org.ertstorage.adapter.http.api.ApiTestData.texts;
import static org.ertstorage.adapter.http.api.ApiTestData.transformation;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.ertstorage.adapter.http.api.ApiTestData.update;
import static org.ertstorage.adapter.http.api.ApiTestData.updateBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** API.md §8 with DEFECTS D-09, D-10, D-14 and D-29: updates, their transformations and their result. */
public abstract class UpdateApiContract extends ApiContract {

    /** An update request on a new ensemble whose experiment has an observation {@code OBS} of two points. */
    private ApiResponse postUpdateWith(String transformationName, String active, String scale) {
        var experimentId = experiment(api());
        var observationId = observation(api(), experimentId, "OBS");
        var reference = ensemble(api(), experimentId);
        return api().post("/updates", updateBody(reference, """
                {"name":"%s","active":%s,"scale":%s,"observation_id":"%s"}"""
                .formatted(transformationName, active, scale, observationId)));
    }

    private static void assertUnprocessable(ApiResponse response) {
        var detail = response.expect(422).get("detail");
        assertTrue(detail.isObject() && detail.get("error").isTextual(), response.body());
    }

    @Test
    void givenReferenceEnsemble_postUpdate_answersUpdateOutInFieldOrderWithoutResult() {
        var experimentId = experiment(api());
        var reference = ensemble(api(), experimentId);
        var response = api().post("/updates", """
                {"algorithm":"es","ensemble_reference_id":"%s","ensemble_result_id":"%s"}""".formatted(reference, reference));
        var id = response.expect(200).get("id").asText();
        assertEquals("""
                {"algorithm":"es","ensemble_result_id":null,"ensemble_reference_id":"%s","id":"%s","experiment_id":"%s"}"""
                .formatted(reference, id, experimentId), response.body());
        assertEquals(response.body(), api().get("/updates/" + id).body());
    }

    @Test
    void givenResultEnsembleCreated_getUpdate_answersTheResult() {
        var experimentId = experiment(api());
        var updateId = update(api(), ensemble(api(), experimentId));
        var result = resultEnsemble(api(), experimentId, updateId);
        assertEquals(result, api().get("/updates/" + updateId).expect(200).get("ensemble_result_id").asText());
    }

    @Test
    void givenUpdateWithResult_createAnotherEnsembleForIt_answersConflictAndKeepsTheFirst() {
        // The original moved the edge to the newer ensemble (DEFECTS D-09).
        var experimentId = experiment(api());
        var reference = ensemble(api(), experimentId);
        var updateId = update(api(), reference);
        var first = resultEnsemble(api(), experimentId, updateId);

        var response = api().post("/experiments/" + experimentId + "/ensembles", """
                {"size":1,"parameter_names":[],"response_names":[],"update_id":"%s"}""".formatted(updateId));

        assertDomainError(response, 409, """
                {"experiment_id":"%s","error":"Update '%s' already has a result ensemble"}""".formatted(experimentId, updateId));
        assertEquals(List.of(reference, first),
                texts(api().get("/experiments/" + experimentId).expect(200).get("ensemble_ids")));
        assertEquals(first, api().get("/updates/" + updateId).expect(200).get("ensemble_result_id").asText());
        assertEquals(reference, api().get("/ensembles/" + first).expect(200).get("parent_ensemble_id").asText());
    }

    @Test
    void givenReferenceInAnotherExperiment_postUpdate_answersTheReferencesExperiment() {
        var referenceExperiment = experiment(api());
        var reference = ensemble(api(), referenceExperiment);
        var updateId = update(api(), reference);
        var result = resultEnsemble(api(), experiment(api()), updateId);
        assertEquals(referenceExperiment, api().get("/updates/" + updateId).expect(200).get("experiment_id").asText());
        assertEquals(reference, api().get("/ensembles/" + result).expect(200).get("parent_ensemble_id").asText());
    }

    @Test
    void givenUnknownReference_postUpdate_answersItemNotFound() {
        assertItemNotFound(api().post("/updates", updateBody(unknownId())));
    }

    @Test
    void givenNoReference_postUpdate_answersItemNotFound() {
        assertItemNotFound(api().post("/updates", "{\"algorithm\":\"es\"}"));
        assertItemNotFound(api().post("/updates", "{\"algorithm\":\"es\",\"ensemble_reference_id\":null}"));
    }

    @Test
    void givenUnknownReferenceAndNoAlgorithm_postUpdate_answersValidationFirst() {
        assertValidation(api().post("/updates", "{\"ensemble_reference_id\":\"" + unknownId() + "\"}"),
                "[\"body\",\"algorithm\"]", "field required", "value_error.missing");
    }

    @Test
    void givenTransformationWithoutFields_postUpdate_answersFieldRequiredForEach() {
        var response = api().post("/updates", updateBody(unknownId(), "{\"name\":\"OBS\"}"));
        assertEquals(422, response.status(), response.body());
        assertEquals("""
                {"detail":[{"loc":["body","observation_transformations",0,"active"],"msg":"field required",\
                "type":"value_error.missing"},{"loc":["body","observation_transformations",0,"scale"],\
                "msg":"field required","type":"value_error.missing"},{"loc":["body","observation_transformations",0,\
                "observation_id"],"msg":"field required","type":"value_error.missing"}]}""", response.body());
    }

    @Test
    void givenNullTransformations_postUpdate_createsTheUpdate() {
        var reference = ensemble(api(), experiment(api()));
        api().post("/updates", """
                {"algorithm":"es","ensemble_reference_id":"%s","observation_transformations":null}""".formatted(reference))
                .expect(200);
    }

    @Test
    void givenTransformationMatchingItsObservation_postUpdate_createsTheUpdate() {
        postUpdateWith("OBS", "[true,false]", "[1,0.5]").expect(200);
    }

    @Test
    void givenTransformationNameOtherThanItsObservations_postUpdate_answersUnprocessable() {
        // The original crashed with 500 (DEFECTS D-10).
        assertUnprocessable(postUpdateWith("OTHER", "[true,false]", "[1,0.5]"));
    }

    @Test
    void givenTransformationOfWrongLength_postUpdate_answersUnprocessable() {
        // DEFECTS D-14: one active flag and one scale per point of the observation.
        assertUnprocessable(postUpdateWith("OBS", "[true]", "[1,0.5]"));
        assertUnprocessable(postUpdateWith("OBS", "[true,false]", "[1,0.5,2]"));
    }

    @Test
    void givenTransformationOfUnknownObservation_postUpdate_answersUnprocessable() {
        // The original skipped it silently (DEFECTS D-10).
        var reference = ensemble(api(), experiment(api()));
        assertUnprocessable(api().post("/updates", updateBody(reference, transformation("OBS", unknownId()))));
    }

    @Test
    void givenTransformationOfObservationOfAnotherExperiment_postUpdate_answersUnprocessable() {
        var observationId = observation(api(), experiment(api()), "OBS");
        var reference = ensemble(api(), experiment(api()));
        assertUnprocessable(api().post("/updates", updateBody(reference, transformation("OBS", observationId))));
    }

    @Test
    void givenUnknownId_getUpdate_answersItemNotFound() {
        assertItemNotFound(api().get("/updates/" + unknownId()));
    }

    @Test
    void givenAnyBody_postUpdatesFacade_answersNotImplemented() {
        var response = api().post("/updates/facade", "{}");
        assertEquals(501, response.status());
        assertEquals("{\"detail\":{\"error\":\"Not implemented\"}}", response.body());
        assertEquals(403, api().withToken(null).post("/updates/facade", "{}").status());
    }
}
