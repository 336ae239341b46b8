package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertItemNotFound;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.observation;
import static org.ertstorage.adapter.http.api.ApiTestData.resultEnsemble;
import static org.ertstorage.adapter.http.api.ApiTestData.texts;
import static org.ertstorage.adapter.http.api.ApiTestData.transformation;
import static org.ertstorage.adapter.http.api.ApiTestData.unique;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.ertstorage.adapter.http.api.ApiTestData.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** API.md §4: experiments, their listing, reading, deletion (with DEFECTS D-11) and their ensembles. */
public abstract class ExperimentApiContract extends ApiContract {

    @Test
    void givenNameAndPrior_postExperiment_answersExperimentOutInFieldOrder() {
        var name = unique("poly");
        var response = api().post("/experiments", """
                {"name":"%s","priors":{"COEFFS:a":{"function":"uniform","min":0,"max":1}},"zzz":1}""".formatted(name));
        var id = response.expect(200).get("id").asText();
        assertEquals("""
                {"name":"%s","id":"%s","ensemble_ids":[],"priors":{"COEFFS:a":{"function":"uniform","min":0.0,"max":1.0}},\
                "userdata":{}}""".formatted(name, id), response.body());
        assertEquals("application/json", response.header("Content-Type").split(";")[0]);
    }

    @Test
    void givenNumberAsName_postExperiment_storesItAsText() {
        var id = experiment(api(), "{\"name\":5}");
        assertEquals("5", api().get("/experiments/" + id).expect(200).get("name").textValue());
    }

    @Test
    void givenTwoExperimentsOfOneName_postExperiment_createsBoth() {
        var name = unique("twin");
        var first = experiment(api(), "{\"name\":\"" + name + "\"}");
        var second = experiment(api(), "{\"name\":\"" + name + "\"}");
        assertFalse(first.equals(second));
    }

    @Test
    void givenCreatedExperiment_getExperiment_answersWhatPostAnswered() {
        var created = api().post("/experiments", "{\"name\":\"" + unique("read") + "\"}");
        var id = created.expect(200).get("id").asText();
        assertEquals(created.body(), api().get("/experiments/" + id).body());
    }

    @Test
    void givenUnknownId_getExperiment_answersItemNotFound() {
        assertItemNotFound(api().get("/experiments/" + unknownId()));
    }

    @Test
    void givenTwoNewExperiments_listExperiments_listsThemInCreationOrder() {
        var first = experiment(api());
        var second = experiment(api());
        var ids = api().get("/experiments").expect(200).findValuesAsText("id");
        assertTrue(ids.contains(first) && ids.contains(second), ids::toString);
        assertTrue(ids.indexOf(first) < ids.indexOf(second), ids::toString);
    }

    @Test
    void givenExperimentWithEnsembles_getExperiment_listsEnsembleIdsInCreationOrder() {
        var experimentId = experiment(api());
        var first = ensemble(api(), experimentId);
        var second = ensemble(api(), experimentId);
        assertEquals(List.of(first, second),
                texts(api().get("/experiments/" + experimentId).expect(200).get("ensemble_ids")));
        var listed = api().get("/experiments").expect(200);
        for (var experiment : listed) {
            if (experiment.get("id").asText().equals(experimentId)) {
                assertEquals(List.of(first, second), texts(experiment.get("ensemble_ids")));
            }
        }
    }

    @Test
    void givenExperimentWithEnsembles_listEnsembles_answersTheirEnsembleOuts() {
        var experimentId = experiment(api());
        var first = ensemble(api(), experimentId);
        var second = ensemble(api(), experimentId);
        var response = api().get("/experiments/" + experimentId + "/ensembles");
        var listed = response.expect(200);
        assertEquals(List.of(first, second), listed.findValuesAsText("id"));
        assertEquals("[" + api().get("/ensembles/" + first).body() + "," + api().get("/ensembles/" + second).body() + "]",
                response.body());
    }

    @Test
    void givenExperimentWithoutEnsembles_listEnsembles_answersEmptyList() {
        assertEquals("[]", api().get("/experiments/" + experiment(api()) + "/ensembles").body());
    }

    @Test
    void givenUnknownExperiment_listEnsembles_answersItemNotFound() {
        // The original answers 200 [] here (DEFECTS D-21).
        assertItemNotFound(api().get("/experiments/" + unknownId() + "/ensembles"));
    }

    @Test
    void givenExperiment_deleteExperiment_answersNullAndForgetsIt() {
        var experimentId = experiment(api());
        var response = api().delete("/experiments/" + experimentId);
        assertEquals("null", response.body());
        assertEquals(200, response.status());
        assertItemNotFound(api().get("/experiments/" + experimentId));
        assertFalse(api().get("/experiments").expect(200).findValuesAsText("id").contains(experimentId));
    }

    @Test
    void givenDeletedExperiment_deleteExperimentAgain_answersItemNotFound() {
        var experimentId = experiment(api());
        api().delete("/experiments/" + experimentId).expect(200);
        assertItemNotFound(api().delete("/experiments/" + experimentId));
    }

    @Test
    void givenUnknownId_deleteExperiment_answersItemNotFound() {
        assertItemNotFound(api().delete("/experiments/" + unknownId()));
    }

    @Test
    void givenExperimentWithEnsemblesObservationsAndUpdates_deleteExperiment_deletesEverythingUnderIt() {
        var experimentId = experiment(api());
        var obsName = unique("obs");
        var observationId = observation(api(), experimentId, obsName);
        var reference = ensemble(api(), experimentId);
        var updateId = update(api(), reference, transformation(obsName, observationId));
        var result = resultEnsemble(api(), experimentId, updateId);

        api().delete("/experiments/" + experimentId).expect(200);

        assertItemNotFound(api().get("/ensembles/" + reference));
        assertItemNotFound(api().get("/ensembles/" + result));
        assertItemNotFound(api().get("/ensembles/" + result + "/observations"));
        assertItemNotFound(api().get("/ensembles/" + reference + "/userdata"));
        assertItemNotFound(api().get("/observations/" + observationId + "/userdata"));
        assertItemNotFound(api().get("/updates/" + updateId));
        assertItemNotFound(api().get("/experiments/" + experimentId + "/observations"));
    }

    @Test
    void givenTwoExperiments_deleteOne_keepsTheOther() {
        var kept = experiment(api());
        var keptEnsemble = ensemble(api(), kept);
        var keptObservation = observation(api(), kept, "OBS");
        var deleted = experiment(api());
        ensemble(api(), deleted);
        observation(api(), deleted, "OBS");

        api().delete("/experiments/" + deleted).expect(200);

        assertEquals(List.of(keptEnsemble), texts(api().get("/experiments/" + kept).expect(200).get("ensemble_ids")));
        assertEquals(List.of(keptObservation),
                api().get("/experiments/" + kept + "/observations").expect(200).findValuesAsText("id"));
    }

    @Test
    void givenCrossExperimentUpdate_deleteReferenceExperiment_deletesTheUpdateAndKeepsTheResult() {
        var referenceExperiment = experiment(api());
        var reference = ensemble(api(), referenceExperiment);
        var updateId = update(api(), reference);
        var resultExperiment = experiment(api());
        var result = resultEnsemble(api(), resultExperiment, updateId);

        api().delete("/experiments/" + referenceExperiment).expect(200);

        assertItemNotFound(api().get("/updates/" + updateId));
        var orphan = api().get("/ensembles/" + result).expect(200);
        assertTrue(orphan.get("parent_ensemble_id").isNull(), orphan::toString);
        api().get("/experiments/" + resultExperiment + "/ensembles").expect(200);
    }

    @Test
    void givenCrossExperimentUpdate_deleteResultExperiment_removesTheChildFromTheReference() {
        var reference = ensemble(api(), experiment(api()));
        var updateId = update(api(), reference);
        var resultExperiment = experiment(api());
        resultEnsemble(api(), resultExperiment, updateId);

        api().delete("/experiments/" + resultExperiment).expect(200);

        assertEquals(List.of(), texts(api().get("/ensembles/" + reference).expect(200).get("child_ensemble_ids")));
        assertItemNotFound(api().get("/updates/" + updateId));
    }
}
