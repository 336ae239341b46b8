package org.ertstorage.adapter.http.api;

import java.util.ArrayList;
import java.util.Map;

/**
 * A small experiment with something in every table the API writes (prior, ensemble, records
 * with labels, observation, userdata), and a snapshot of everything the API shows of it, so that
 * a test can tell whether a request changed stored data.
 */
public record StoredFixture(String experimentId, String ensembleId, String observationId) {

    /** A response name the fixture declares but has no record of: uploads of it reach the body codecs. */
    public static final String EMPTY_RESPONSE = "s";

    public static StoredFixture create(ApiClient api) {
        var experimentId = ApiTestData.experiment(api, """
                {"name":"%s","priors":{"p":{"function":"uniform","min":0,"max":1}}}""".formatted(ApiTestData.unique("fixture")));
        var ensembleId = ApiTestData.ensemble(api, experimentId,
                "{\"size\":3,\"parameter_names\":[\"p\"],\"response_names\":[\"r\",\"" + EMPTY_RESPONSE + "\"]}");
        var records = "/ensembles/" + ensembleId + "/records/";
        api.post(records + "r/matrix?realization_index=0", "[1.5,-2.0,1e-300]").expect(200);
        api.send("POST", records + "p/matrix", ",a,b\n0,0.25,-1\n1,0.5,-2\n2,0.75,-3\n", Map.of("Content-Type", "text/csv"))
                .expect(200);
        var observationId = ApiTestData.observation(api, experimentId, ApiTestData.unique("obs"));
        api.put("/experiments/" + experimentId + "/userdata", "{\"owner\":\"fixture\"}").expect(200);
        api.put("/ensembles/" + ensembleId + "/userdata", "{\"nested\":{\"list\":[1,2.5,\"x\"]}}").expect(200);
        api.put(records + "p/userdata", "{\"unit\":\"m3\"}").expect(200);
        api.put("/observations/" + observationId + "/userdata", "{\"k\":1}").expect(200);
        return new StoredFixture(experimentId, ensembleId, observationId);
    }

    /** Replaces {@code {experiment}}, {@code {ensemble}} and {@code {observation}} with the fixture's ids. */
    public String expand(String template) {
        return template.replace("{experiment}", experimentId).replace("{ensemble}", ensembleId)
                .replace("{observation}", observationId);
    }

    /**
     * A cheaper snapshot for checks after every request: the entities with their userdata, the
     * record and observation listings, and one record's data.
     */
    public String digest(ApiClient api) {
        var digest = new StringBuilder();
        for (String path : new String[] {"/experiments/{experiment}", "/ensembles/{ensemble}",
                "/ensembles/{ensemble}/records", "/experiments/{experiment}/observations", "/ensembles/{ensemble}/records/r"}) {
            var response = api.get(expand(path));
            digest.append(path).append(" -> ").append(response.status()).append(' ').append(response.body()).append('\n');
        }
        return digest.toString();
    }

    /**
     * Every answer of the read routes about the fixture (entities, listings, userdata, record
     * data in JSON and CSV, labels) plus the ids of all experiments: equal snapshots mean that
     * nothing the API shows changed.
     */
    public String snapshot(ApiClient api) {
        var paths = new ArrayList<String>();
        paths.add("/experiments/{experiment}");
        paths.add("/experiments/{experiment}/ensembles");
        paths.add("/experiments/{experiment}/observations");
        paths.add("/experiments/{experiment}/userdata");
        paths.add("/ensembles/{ensemble}");
        paths.add("/ensembles/{ensemble}/userdata");
        paths.add("/ensembles/{ensemble}/records");
        paths.add("/ensembles/{ensemble}/parameters");
        paths.add("/ensembles/{ensemble}/responses");
        paths.add("/ensembles/{ensemble}/observations");
        paths.add("/observations/{observation}/userdata");
        for (String name : new String[] {"r", "p", EMPTY_RESPONSE}) {
            paths.add("/ensembles/{ensemble}/records/" + name);
            paths.add("/ensembles/{ensemble}/records/" + name + "/labels");
            paths.add("/ensembles/{ensemble}/records/" + name + "/userdata");
            paths.add("/ensembles/{ensemble}/records/" + name + "?realization_index=1");
        }
        var snapshot = new StringBuilder();
        for (String path : paths) {
            for (String accept : new String[] {"application/json", "text/csv"}) {
                var response = api.send("GET", expand(path), null, Map.of("Accept", accept));
                snapshot.append(path).append(' ').append(accept).append(" -> ").append(response.status()).append(' ')
                        .append(response.body()).append('\n');
            }
        }
        api.get("/experiments").expect(200).forEach(experiment -> snapshot.append(experiment.get("id").asText()).append(' '));
        return snapshot.toString();
    }
}
