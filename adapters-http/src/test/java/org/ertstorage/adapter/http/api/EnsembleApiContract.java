package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertDomainError;
import static org.ertstorage.adapter.http.api.ApiTestData.assertItemNotFound;
import static org.ertstorage.adapter.http.api.ApiTestData.assertValidation;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.resultEnsemble;
import static org.ertstorage.adapter.http.api.ApiTestData.texts;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.ertstorage.adapter.http.api.ApiTestData.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * API.md §5: creating and reading ensembles, their active realizations (with DEFECTS D-13), their
 * lineage through updates (D-08), and completion (DATA-MODEL 5.1).
 */
public abstract class EnsembleApiContract extends ApiContract {

    private ApiResponse postEnsemble(String experimentId, String body) {
        return api().post("/experiments/" + experimentId + "/ensembles", body);
    }

    private List<String> ensembleIds(String experimentId) {
        return texts(api().get("/experiments/" + experimentId).expect(200).get("ensemble_ids"));
    }

    @Test
    void givenFullBody_createEnsemble_answersEnsembleOutInFieldOrder() {
        var experimentId = experiment(api());
        var response = postEnsemble(experimentId, """
                {"size":3,"parameter_names":["COEFFS:a","COEFFS:a"],"response_names":["FOPR"],\
                "active_realizations":[2,0],"userdata":{"name":"default"},"zzz":true}""");
        var id = response.expect(200).get("id").asText();
        assertEquals("""
                {"size":3,"parameter_names":["COEFFS:a","COEFFS:a"],"response_names":["FOPR"],"active_realizations":[2,0],\
                "id":"%s","child_ensemble_ids":[],"parent_ensemble_id":null,"experiment_id":"%s",\
                "userdata":{"name":"default"},"complete":false}""".formatted(id, experimentId), response.body());
        assertEquals(response.body(), api().get("/ensembles/" + id).body());
        assertEquals(List.of(id), ensembleIds(experimentId));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3|[0,1,2]", "1|[0]", "0|[]", "-1|[]"})
    void givenNoActiveRealizations_createEnsemble_activatesEveryRealization(int size, String active) {
        var body = postEnsemble(experiment(api()), """
                {"size":%d,"parameter_names":[],"response_names":[]}""".formatted(size)).expect(200);
        assertEquals(active, body.get("active_realizations").toString());
        assertEquals(size, body.get("size").asInt());
    }

    @Test
    void givenEmptyActiveRealizations_createEnsemble_activatesEveryRealization() {
        var body = postEnsemble(experiment(api()), """
                {"size":2,"parameter_names":[],"response_names":[],"active_realizations":[]}""").expect(200);
        assertEquals("[0,1]", body.get("active_realizations").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "4|[0,5,1]|Ensemble active realization index 5 out of realization range [0,3]",
            "3|[0,1,1]|Non unique active realization index list not allowed [0, 1, 1]"})
    void givenRealizationsTheOriginalRejects_createEnsemble_answersItsMessageAndStoresNothing(int size, String active,
            String error) {
        // ERT's own tests assert these texts verbatim.
        var experimentId = experiment(api());
        var response = postEnsemble(experimentId, """
                {"size":%d,"parameter_names":[],"response_names":[],"active_realizations":%s}""".formatted(size, active));
        assertDomainError(response, 417, """
                {"experiment_id":"%s","error":"%s"}""".formatted(experimentId, error));
        assertEquals(List.of(), ensembleIds(experimentId));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2|[-1]", "2|[1,-1]", "0|[3,3]", "0|[0]", "-1|[0]"})
    void givenIndicesTheOriginalLetThrough_createEnsemble_answersExpectationFailed(int size, String active) {
        // DEFECTS D-13: negative indices, and any list for a size of 0 or -1, are rejected.
        var experimentId = experiment(api());
        var response = postEnsemble(experimentId, """
                {"size":%d,"parameter_names":[],"response_names":[],"active_realizations":%s}""".formatted(size, active));
        var detail = response.expect(417).get("detail");
        assertEquals(experimentId, detail.get("experiment_id").asText());
        assertTrue(detail.get("error").isTextual(), response.body());
        assertEquals(List.of(), ensembleIds(experimentId));
    }

    @Test
    void givenUnknownExperimentAndBadRealizations_createEnsemble_answersItemNotFoundFirst() {
        assertItemNotFound(postEnsemble(unknownId(), """
                {"size":1,"parameter_names":[],"response_names":[],"active_realizations":[7,7]}"""));
    }

    @Test
    void givenUnknownExperimentAndInvalidBody_createEnsemble_answersValidationFirst() {
        assertValidation(postEnsemble(unknownId(), "{\"size\":1,\"parameter_names\":[],\"response_names\":\"FOPR\"}"),
                "[\"body\",\"response_names\"]", "value is not a valid list", "type_error.list");
    }

    @Test
    void givenBadRealizationsAndUnknownUpdate_createEnsemble_answersExpectationFailedFirst() {
        var response = postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":[],"response_names":[],"active_realizations":[2],"update_id":"%s"}"""
                .formatted(unknownId()));
        assertEquals(417, response.status(), response.body());
    }

    @Test
    void givenUnknownUpdate_createEnsemble_answersItemNotFoundAndStoresNothing() {
        var experimentId = experiment(api());
        assertItemNotFound(postEnsemble(experimentId, """
                {"size":1,"parameter_names":[],"response_names":[],"update_id":"%s"}""".formatted(unknownId())));
        assertEquals(List.of(), ensembleIds(experimentId));
    }

    @Test
    void givenNullUpdateId_createEnsemble_createsAnEnsembleWithoutParent() {
        var body = postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":[],"response_names":[],"update_id":null}""").expect(200);
        assertTrue(body.get("parent_ensemble_id").isNull(), body::toString);
    }

    @Test
    void givenMissingNameLists_createEnsemble_answersFieldRequiredForEach() {
        // The original crashed with 500 here (DEFECTS D-12).
        var response = postEnsemble(experiment(api()), "{\"size\":1}");
        assertEquals(422, response.status(), response.body());
        assertEquals("""
                {"detail":[{"loc":["body","parameter_names"],"msg":"field required","type":"value_error.missing"},\
                {"loc":["body","response_names"],"msg":"field required","type":"value_error.missing"}]}""",
                response.body());
    }

    @Test
    void givenNameInBothLists_createEnsemble_answersRootValidationError() {
        assertValidation(postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":["A","B"],"response_names":["B"]}"""), "[\"body\",\"__root__\"]",
                "parameters and responses cannot have a name in common", "value_error");
    }

    @Test
    void givenUserdataThatIsNotAnObject_createEnsemble_answersNotADict() {
        assertValidation(postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":[],"response_names":[],"userdata":[1,2]}"""), "[\"body\",\"userdata\"]",
                "value is not a valid dict", "type_error.dict");
    }

    @Test
    void givenEmptyArrayForUserdata_createEnsemble_storesAnEmptyObject() {
        var body = postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":[],"response_names":[],"userdata":[]}""").expect(200);
        assertEquals("{}", body.get("userdata").toString());
    }

    @Test
    void givenNonFiniteNumberInUserdata_createEnsemble_answersUnprocessable() {
        // DEFECTS D-22: the original's PostgreSQL back end could not store it.
        var response = postEnsemble(experiment(api()), """
                {"size":1,"parameter_names":[],"response_names":[],"userdata":{"x":[NaN]}}""");
        assertEquals("[\"body\",\"userdata\"]", response.expect(422).get("detail").get(0).get("loc").toString());
    }

    @Test
    void givenUnknownId_getEnsemble_answersItemNotFound() {
        assertItemNotFound(api().get("/ensembles/" + unknownId()));
    }

    @Test
    void givenUpdateWithoutResult_getReferenceEnsemble_leavesTheUpdateOutOfItsChildren() {
        // The original answered 500 in this window of every update step (DEFECTS D-08).
        var experimentId = experiment(api());
        var reference = ensemble(api(), experimentId);
        update(api(), reference);
        assertEquals("[]", api().get("/ensembles/" + reference).expect(200).get("child_ensemble_ids").toString());
        assertEquals("[]", api().get("/experiments/" + experimentId + "/ensembles").expect(200).get(0)
                .get("child_ensemble_ids").toString());
    }

    @Test
    void givenEnsembleCreatedForAnUpdate_getEnsembles_linksParentAndChild() {
        var experimentId = experiment(api());
        var reference = ensemble(api(), experimentId);
        var result = resultEnsemble(api(), experimentId, update(api(), reference));
        var second = resultEnsemble(api(), experimentId, update(api(), reference));
        update(api(), reference);

        assertEquals(List.of(result, second), texts(api().get("/ensembles/" + reference).expect(200)
                .get("child_ensemble_ids")));
        assertEquals(reference, api().get("/ensembles/" + result).expect(200).get("parent_ensemble_id").asText());
        var listed = api().get("/experiments/" + experimentId + "/ensembles").expect(200);
        assertEquals(List.of(result, second), texts(listed.get(0).get("child_ensemble_ids")));
        assertEquals(reference, listed.get(1).get("parent_ensemble_id").asText());
    }

    @Test
    void givenOpenEnsemble_completeEnsemble_answersItComplete() {
        var id = ensemble(api(), experiment(api()));
        var response = api().post("/ensembles/" + id + "/complete", null);
        assertTrue(response.expect(200).get("complete").booleanValue(), response.body());
        assertEquals(response.body(), api().get("/ensembles/" + id).body());
        assertTrue(response.body().endsWith(",\"complete\":true}"), response.body());
    }

    @Test
    void givenCompleteEnsemble_completeEnsembleAgain_answersItUnchanged() {
        var id = ensemble(api(), experiment(api()));
        var first = api().post("/ensembles/" + id + "/complete", null).expect(200);
        var second = api().post("/ensembles/" + id + "/complete", null);
        assertEquals(first, second.expect(200));
    }

    @Test
    void givenUnknownEnsemble_completeEnsemble_answersItemNotFound() {
        assertItemNotFound(api().post("/ensembles/" + unknownId() + "/complete", null));
    }

    @Test
    void givenCompleteReferenceEnsemble_createEnsembleForItsUpdate_linksTheChild() {
        var experimentId = experiment(api());
        var reference = ensemble(api(), experimentId);
        api().post("/ensembles/" + reference + "/complete", null).expect(200);
        var result = resultEnsemble(api(), experimentId, update(api(), reference));
        var answered = api().get("/ensembles/" + reference).expect(200);
        assertEquals(List.of(result), texts(answered.get("child_ensemble_ids")));
        assertTrue(answered.get("complete").booleanValue());
    }
}
