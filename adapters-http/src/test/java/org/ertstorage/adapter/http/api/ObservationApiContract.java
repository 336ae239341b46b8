package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertDomainError;
import static org.ertstorage.adapter.http.api.ApiTestData.assertItemNotFound;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.observation;
import static org.ertstorage.adapter.http.api.ApiTestData.observationBody;
import static org.ertstorage.adapter.http.api.ApiTestData.resultEnsemble;
import static org.ertstorage.adapter.http.api.ApiTestData.transformation;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.ertstorage.adapter.http.api.ApiTestData.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** API.md §7 with DEFECTS D-14 and D-28: observations of an experiment, and of an ensemble with transformations. */
public abstract class ObservationApiContract extends ApiContract {

    private ApiResponse postObservation(String experimentId, String body) {
        return api().post("/experiments/" + experimentId + "/observations", body);
    }

    @Test
    void givenFullBody_createObservation_answersObservationOutInFieldOrder() {
        var experimentId = experiment(api());
        var response = postObservation(experimentId, """
                {"name":"FOPR","values":[1,2.5,NaN],"errors":[0.1,"0.2",1e-05],"x_axis":[0,1.5,"2020-01-01"],"zzz":1}""");
        var id = response.expect(200).get("id").asText();
        assertEquals("""
                {"name":"FOPR","errors":[0.1,0.2,1e-05],"values":[1.0,2.5,NaN],"x_axis":["0","1.5","2020-01-01"],\
                "records":[],"id":"%s","transformation":null,"userdata":{}}""".formatted(id), response.body());
    }

    @Test
    void givenObservations_listExperimentObservations_answersThemInCreationOrderWithoutTransformation() {
        var experimentId = experiment(api());
        var first = postObservation(experimentId, observationBody("B")).expect(200);
        var second = postObservation(experimentId, observationBody("A")).expect(200);
        var response = api().get("/experiments/" + experimentId + "/observations");
        assertEquals("[" + first + "," + second + "]", response.expect(200).toString());
    }

    @Test
    void givenExperimentWithoutObservations_listExperimentObservations_answersEmptyList() {
        assertEquals("[]", api().get("/experiments/" + experiment(api()) + "/observations").body());
    }

    @Test
    void givenUnknownExperiment_observations_answerItemNotFound() {
        var unknown = unknownId();
        assertItemNotFound(api().get("/experiments/" + unknown + "/observations"));
        assertItemNotFound(postObservation(unknown, observationBody("OBS")));
    }

    @Test
    void givenUnknownExperimentAndInvalidBody_createObservation_answersValidationFirst() {
        var response = postObservation(unknownId(), "{\"name\":\"OBS\",\"values\":[1],\"errors\":[1]}");
        assertEquals("""
                {"detail":[{"loc":["body","x_axis"],"msg":"field required","type":"value_error.missing"}]}""",
                response.body());
    }

    @Test
    void givenTakenName_createObservation_answersConflictAndStoresNothing() {
        // The original answered 500 (DEFECTS D-28).
        var experimentId = experiment(api());
        var existing = observation(api(), experimentId, "OBS");
        assertDomainError(postObservation(experimentId, observationBody("OBS")), 409, """
                {"experiment_id":"%s","error":"Observation 'OBS' already exists in experiment '%s'"}"""
                .formatted(experimentId, experimentId));
        assertEquals(List.of(existing),
                api().get("/experiments/" + experimentId + "/observations").expect(200).findValuesAsText("id"));
    }

    @Test
    void givenNameTakenInAnotherExperiment_createObservation_createsIt() {
        observation(api(), experiment(api()), "OBS");
        observation(api(), experiment(api()), "OBS");
    }

    @Test
    void givenListsOfDifferentLengths_createObservation_answersUnprocessableAndStoresNothing() {
        // The original stored them (DEFECTS D-14).
        var experimentId = experiment(api());
        for (var body : List.of(
                "{\"name\":\"OBS\",\"values\":[1,2],\"errors\":[0.1],\"x_axis\":[0,1]}",
                "{\"name\":\"OBS\",\"values\":[1],\"errors\":[0.1],\"x_axis\":[0,1]}")) {
            var response = postObservation(experimentId, body);
            var detail = response.expect(422).get("detail");
            assertEquals(experimentId, detail.get("experiment_id").asText(), response.body());
            assertTrue(detail.get("error").isTextual(), response.body());
        }
        assertEquals("[]", api().get("/experiments/" + experimentId + "/observations").body());
    }

    @Test
    void givenUnknownRecordId_createObservation_answersItemNotFound() {
        assertItemNotFound(postObservation(experiment(api()), """
                {"name":"OBS","values":[1],"errors":[0.1],"x_axis":[0],"records":["%s"]}""".formatted(unknownId())));
    }

    @Test
    void givenResultOfUpdate_listEnsembleObservations_attachesTheUpdatesTransformations() {
        var experimentId = experiment(api());
        var transformedId = observation(api(), experimentId, "TRANSFORMED");
        var plainId = observation(api(), experimentId, "PLAIN");
        var reference = ensemble(api(), experimentId);
        var result = resultEnsemble(api(), experimentId, update(api(), reference,
                transformation("TRANSFORMED", transformedId)));

        var listed = api().get("/ensembles/" + result + "/observations").expect(200);

        assertEquals(List.of(transformedId, plainId), List.of(listed.get(0).get("id").asText(),
                listed.get(1).get("id").asText()));
        var transformation = listed.get(0).get("transformation");
        assertEquals("""
                {"name":"TRANSFORMED","active":[true,true],"scale":[1.0,0.5],"observation_id":"%s","id":"%s"}"""
                .formatted(transformedId, transformation.get("id").asText()), transformation.toString());
        assertTrue(listed.get(1).get("transformation").isNull(), listed::toString);
    }

    @Test
    void givenReferenceEnsemble_listEnsembleObservations_answersThemWithoutTransformation() {
        var experimentId = experiment(api());
        var observationId = observation(api(), experimentId, "OBS");
        var reference = ensemble(api(), experimentId);
        resultEnsemble(api(), experimentId, update(api(), reference, transformation("OBS", observationId)));
        assertEquals(api().get("/experiments/" + experimentId + "/observations").body(),
                api().get("/ensembles/" + reference + "/observations").body());
    }

    @Test
    void givenUnknownEnsemble_listEnsembleObservations_answersItemNotFound() {
        assertItemNotFound(api().get("/ensembles/" + unknownId() + "/observations"));
    }

    @Test
    void givenObservationRoute_getObservationById_answersNotFound() {
        // There is no GET /observations/{obs_id}; a reference test relies on that.
        assertEquals(404, api().get("/observations/" + unknownId()).status());
    }
}
