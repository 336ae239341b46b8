package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.assertItemNotFound;
import static org.ertstorage.adapter.http.api.ApiTestData.assertValidation;
import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.observation;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * API.md §9 with DEFECTS D-22: {@code GET|PUT|PATCH …/userdata} of experiments, ensembles and
 * observations. Every case runs for each of the three owners.
 */
public abstract class UserdataApiContract extends ApiContract {

    /** Where an owner's userdata lives, and where its entity shows it. */
    record Owned(String userdata, String entity, String pointer, String idParameter, String id) {
    }

    enum Owner {
        EXPERIMENT(api -> {
            var id = experiment(api);
            return new Owned("/experiments/" + id + "/userdata", "/experiments/" + id, "/userdata", "experiment_id", id);
        }),
        ENSEMBLE(api -> {
            var id = ensemble(api, experiment(api));
            return new Owned("/ensembles/" + id + "/userdata", "/ensembles/" + id, "/userdata", "ensemble_id", id);
        }),
        OBSERVATION(api -> {
            var experimentId = experiment(api);
            var id = observation(api, experimentId, "OBS");
            return new Owned("/observations/" + id + "/userdata", "/experiments/" + experimentId + "/observations",
                    "/0/userdata", "obs_id", id);
        });

        private final Function<ApiClient, Owned> create;

        Owner(Function<ApiClient, Owned> create) {
            this.create = create;
        }
    }

    private Owned create(Owner owner) {
        return owner.create.apply(api());
    }

    private String stored(Owned owned) {
        return api().get(owned.userdata()).expect(200).toString();
    }

    /** The userdata as the entity itself shows it: it must still be readable. */
    private String shownByEntity(Owned owned) {
        return api().get(owned.entity()).expect(200).at(owned.pointer()).toString();
    }

    /** Asserts the {@code 200 null} answer of a change, and what userdata and entity then show. */
    private void assertChanged(Owned owned, ApiResponse change, String expected) {
        assertEquals("null", change.body());
        assertEquals(200, change.status());
        assertEquals(expected, api().get(owned.userdata()).body());
        assertEquals(stored(owned), shownByEntity(owned));
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenNewOwner_getUserdata_answersEmptyObject(Owner owner) {
        var owned = create(owner);
        var response = api().get(owned.userdata());
        assertEquals("{}", response.body());
        assertEquals(200, response.status());
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenObject_putUserdata_answersNullAndReplacesTheStoredObject(Owner owner) {
        var owned = create(owner);
        api().put(owned.userdata(), "{\"a\":1,\"c\":2}").expect(200);
        assertChanged(owned, api().put(owned.userdata(), "{\"b\":[1,\"x\",null],\"n\":{\"m\":true}}"),
                "{\"b\":[1,\"x\",null],\"n\":{\"m\":true}}");
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenStoredObject_patchUserdata_replacesTopLevelKeysAndKeepsNulls(Owner owner) {
        var owned = create(owner);
        api().put(owned.userdata(), "{\"a\":1,\"b\":{\"c\":2}}").expect(200);
        assertChanged(owned, api().patch(owned.userdata(), "{\"b\":{\"d\":3},\"e\":null}"),
                "{\"a\":1,\"b\":{\"d\":3},\"e\":null}");
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenNeverSetUserdata_patchUserdata_storesThePatch(Owner owner) {
        var owned = create(owner);
        api().patch(owned.userdata(), "{\"name\":\"default\"}").expect(200);
        assertEquals("{\"name\":\"default\"}", api().get(owned.userdata()).body());
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenBodiesThatAreNotObjects_putOrPatchUserdata_answerUnprocessableAndKeepTheStoredObject(Owner owner) {
        // The original stored them and then failed every read of the owner with 500 (DEFECTS D-22).
        var owned = create(owner);
        api().put(owned.userdata(), "{\"kept\":true}").expect(200);
        for (var body : new String[] {"[1,2]", "[[\"a\",1]]", "\"text\"", "5", "true", "null"}) {
            for (var response : new ApiResponse[] {api().put(owned.userdata(), body), api().patch(owned.userdata(), body)}) {
                assertEquals(422, response.status(), response.request() + " " + body + " answered " + response.body());
                assertEquals("{\"detail\":{\"" + owned.idParameter() + "\":\"" + owned.id()
                        + "\",\"error\":\"userdata must be a JSON object\"}}", response.body());
            }
        }
        assertEquals("{\"kept\":true}", stored(owned));
        assertEquals("{\"kept\":true}", shownByEntity(owned));
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenEmptyBody_putUserdata_answersFieldRequired(Owner owner) {
        var owned = create(owner);
        assertValidation(api().put(owned.userdata(), null), "[\"body\"]", "field required", "value_error.missing");
        assertValidation(api().patch(owned.userdata(), null), "[\"body\"]", "field required", "value_error.missing");
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenMalformedJson_putUserdata_answersJsonDecodeError(Owner owner) {
        var owned = create(owner);
        var detail = api().put(owned.userdata(), "{\"a\":").expect(422).get("detail");
        assertEquals("value_error.jsondecode", detail.get(0).get("type").asText(), detail::toString);
        assertEquals("body", detail.get(0).get("loc").get(0).asText());
        assertTrue(detail.get(0).get("loc").get(1).isInt(), detail::toString);
        assertEquals("{}", stored(owned));
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenNonFiniteNumber_putOrPatchUserdata_answersUnprocessable(Owner owner) {
        // NaN in userdata failed on the original's PostgreSQL back end (DEFECTS D-22).
        var owned = create(owner);
        for (var body : new String[] {"{\"x\":NaN}", "{\"x\":[1,Infinity]}", "{\"x\":{\"y\":-Infinity}}"}) {
            assertEquals(422, api().put(owned.userdata(), body).status(), body);
            assertEquals(422, api().patch(owned.userdata(), body).status(), body);
        }
        assertEquals("{}", stored(owned));
    }

    @ParameterizedTest
    @EnumSource(Owner.class)
    void givenUnknownOwner_userdata_answersItemNotFound(Owner owner) {
        var path = create(owner).userdata().replaceFirst("/[^/]+/userdata$", "/" + unknownId() + "/userdata");
        assertItemNotFound(api().get(path));
        assertItemNotFound(api().put(path, "{}"));
        assertItemNotFound(api().patch(path, "{}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded"})
    void givenNonJsonContentType_putUserdata_isRefusedAndStoresNothing(String contentType) {
        var owned = create(Owner.EXPERIMENT);
        var response = api().send("PUT", owned.userdata(), "{\"a\":1}", Map.of("Content-Type", contentType));
        assertTrue(response.status() == 415 || response.status() == 422, response.body());
        assertEquals("{}", stored(owned));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "application/json; charset=utf-8", "application/vnd.ert+json"})
    void givenAbsentOrJsonContentType_putUserdata_parsesTheBodyAsJson(String contentType) {
        var owned = create(Owner.EXPERIMENT);
        var headers = contentType.isEmpty() ? Map.<String, String>of() : Map.of("Content-Type", contentType);
        api().send("PUT", owned.userdata(), "{\"a\":1}", headers).expect(200);
        assertEquals("{\"a\":1}", stored(owned));
    }

    @Test
    void givenFloatsAndNonAsciiText_putUserdata_answersThemInPythonsForm() {
        var owned = create(Owner.EXPERIMENT);
        api().put(owned.userdata(), "{\"small\":1e-5,\"big\":1.5E16,\"one\":1.0,\"name\":\"Ærøskøbing\"}").expect(200);
        assertEquals("{\"small\":1e-05,\"big\":1.5e+16,\"one\":1.0,\"name\":\"Ærøskøbing\"}",
                api().get(owned.userdata()).body());
    }

    @Test
    void givenCompleteEnsemble_putAndPatchUserdata_changeIt() {
        // DATA-MODEL 5.1: userdata stays editable after completion.
        var owned = create(Owner.ENSEMBLE);
        api().post(owned.entity() + "/complete", null).expect(200);
        api().put(owned.userdata(), "{\"a\":1}").expect(200);
        api().patch(owned.userdata(), "{\"b\":2}").expect(200);
        assertEquals("{\"a\":1,\"b\":2}", stored(owned));
    }
}
