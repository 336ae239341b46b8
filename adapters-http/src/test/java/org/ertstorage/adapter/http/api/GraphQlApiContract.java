package org.ertstorage.adapter.http.api;

import static org.ertstorage.adapter.http.api.ApiTestData.ensemble;
import static org.ertstorage.adapter.http.api.ApiTestData.experiment;
import static org.ertstorage.adapter.http.api.ApiTestData.texts;
import static org.ertstorage.adapter.http.api.ApiTestData.unique;
import static org.ertstorage.adapter.http.api.ApiTestData.unknownId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GRAPHQL.md: the example operations of section 6 with their documented shapes, the transport of
 * section 1, the errors of 4.1 and the rules of DEFECTS D-01, D-02, D-03 and D-50.
 */
public abstract class GraphQlApiContract extends ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiResponse gql(String query, Map<String, Object> variables) {
        ObjectNode body = JSON.createObjectNode().put("query", query);
        body.set("variables", JSON.valueToTree(variables));
        return api().post("/gql", body.toString());
    }

    /** The {@code data} of an operation that must succeed (200, no {@code errors}). */
    private JsonNode data(String query, Map<String, Object> variables) {
        var answer = gql(query, variables).expect(200);
        assertFalse(answer.has("errors"), answer::toString);
        return answer.get("data");
    }

    private JsonNode data(String query) {
        return data(query, Map.of());
    }

    /** The first error message of an operation that must fail with 400. */
    private static String error(ApiResponse response) {
        var answer = response.expect(400);
        return answer.get("errors").get(0).get("message").asText();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private void upload(String ensemble, String name, String query, String json) {
        api().post("/ensembles/" + ensemble + "/records/" + name + "/matrix" + query, json).expect(200);
    }

    @Test
    void givenRestEnsemble_getEnsemble_answersItsFields() {
        var id = ensemble(api(), experiment(api()), """
                {"size":-1,"parameter_names":["p1","p2","p3"],"response_names":[]}""");
        var ensemble = data("query($id: ID!) { ensemble(id: $id) { id size parameterNames activeRealizations } }",
                Map.of("id", id)).get("ensemble");
        assertEquals(id, ensemble.get("id").asText());
        assertEquals(-1, ensemble.get("size").asInt());
        assertEquals(List.of("p1", "p2", "p3"), texts(ensemble.get("parameterNames")));
        assertEquals(0, ensemble.get("activeRealizations").size());
    }

    @Test
    void givenNoActiveRealizations_createEnsemble_activatesAll() {
        var experiment = experiment(api());
        var created = data("""
                mutation create($experimentId: ID!, $size: Int!, $activeRealizations: [Int], $params: [String]) {
                  createEnsemble(experimentId: $experimentId, size: $size, activeRealizations: $activeRealizations, parameterNames: $params) {
                    id
                  }
                }""", Map.of("experimentId", experiment, "size", 3, "params", List.of("a", "b")))
                .get("createEnsemble").get("id").asText();
        var read = data("query($id: ID!) { ensemble(id: $id) { activeRealizations parameterNames responseNames userdata } }",
                Map.of("id", created)).get("ensemble");
        assertEquals(List.of("0", "1", "2"), texts(read.get("activeRealizations")));
        assertEquals(List.of("a", "b"), texts(read.get("parameterNames")));
        assertEquals(0, read.get("responseNames").size());
        assertEquals("{}", read.get("userdata").asText());
        assertEquals(List.of(created), texts(api().get("/experiments/" + experiment).expect(200).get("ensemble_ids")));
    }

    @Test
    void givenExperimentWithEnsembles_experiment_listsThem() {
        var name = unique("gql");
        var experiment = experiment(api(), "{\"name\":\"" + name + "\"}");
        var first = ensemble(api(), experiment);
        var second = ensemble(api(), experiment);
        var read = data("query($id: ID!) { experiment(id: $id) { name id ensembles { id parameterNames } } }",
                Map.of("id", experiment)).get("experiment");
        assertEquals(name, read.get("name").asText());
        assertEquals(experiment, read.get("id").asText());
        assertEquals(List.of(first, second), read.get("ensembles").findValuesAsText("id"));
        assertEquals(List.of("COEFFS"), texts(read.get("ensembles").get(0).get("parameterNames")));

        var all = data("{ experiments { id name } }").get("experiments");
        assertTrue(all.findValues("id").stream().anyMatch(id -> id.asText().equals(experiment)));
    }

    @Test
    void givenName_createExperiment_returnsIt() {
        var name = unique("gql");
        var created = data("mutation($name: String) { createExperiment(name: $name) { name id } }", Map.of("name", name))
                .get("createExperiment");
        assertEquals(name, created.get("name").asText());
        assertEquals(name, api().get("/experiments/" + created.get("id").asText()).expect(200).get("name").asText());
    }

    @Test
    void givenNestedCreateEnsemble_createExperiment_makesExactlyOneEnsemble() {
        var created = data("""
                mutation($name: String, $size: Int!, $params: [String!]) {
                  createExperiment(name: $name) {
                    id
                    createEnsemble(size: $size, parameterNames: $params) { id }
                  }
                }""", Map.of("name", unique("gql"), "size", 2, "params", List.of("x", "y"))).get("createExperiment");
        var ensembles = api().get("/experiments/" + created.get("id").asText() + "/ensembles").expect(200);
        assertEquals(1, ensembles.size());
        assertEquals(created.get("createEnsemble").get("id").asText(), ensembles.get(0).get("id").asText());
        assertEquals(List.of("x", "y"), texts(ensembles.get(0).get("parameter_names")));
    }

    @Test
    void givenPriors_priorsAndParameters_answerThePostedObjects() throws Exception {
        var experiment = experiment(api(), """
                {"name":"%s","priors":{"p_uni":{"function":"uniform","min":0.1,"max":0.9},
                 "p_const":{"function":"const","value":5}}}""".formatted(unique("gql")));
        var ensemble = ensemble(api(), experiment, """
                {"size":2,"parameter_names":["a","b","c"],"response_names":[]}""");
        upload(ensemble, "a", "?prior=p_uni", "[[1, 2]]");
        upload(ensemble, "b", "?prior=p_const", "[[3, 4]]");
        upload(ensemble, "c", "", "[[5, 6]]");
        upload(ensemble, "undeclared", "", "[[7, 8]]");

        var priors = data("query($experimentId: ID!) { experiment(id: $experimentId) { priors } }",
                Map.of("experimentId", experiment)).get("experiment").get("priors").asText();
        assertEquals(api().get("/experiments/" + experiment).expect(200).get("priors"), JSON.readTree(priors));

        var parameters = data("query($ensembleId: ID!) { ensemble(id: $ensembleId) { parameters { id name prior } } }",
                Map.of("ensembleId", ensemble)).get("ensemble").get("parameters");
        assertEquals(3, parameters.size());
        for (JsonNode parameter : parameters) {
            switch (parameter.get("name").asText()) {
                case "a" -> assertEquals(JSON.readTree("{\"function\":\"uniform\",\"min\":0.1,\"max\":0.9}"),
                        JSON.readTree(parameter.get("prior").asText()));
                case "b" -> assertEquals("const", JSON.readTree(parameter.get("prior").asText()).get("function").asText());
                default -> assertTrue(parameter.get("prior").isNull(), parameter::toString);
            }
        }
    }

    /** Four response names uploaded for five realizations each. */
    private String ensembleWithResponses() {
        var ensemble = ensemble(api(), experiment(api()), """
                {"size":5,"parameter_names":[],"response_names":["FOPR","FOPT","WOPR","WWCT"]}""");
        for (String name : List.of("FOPR", "FOPT", "WOPR", "WWCT")) {
            for (int realization = 0; realization < 5; realization++) {
                upload(ensemble, name, "?realization_index=" + realization, "[1, 2]");
            }
        }
        return ensemble;
    }

    @Test
    void givenResponses_uniqueResponsesAndResponses_answerPerNameAndPerRecord() {
        var ensemble = ensembleWithResponses();
        var unique = data("query($id: ID!) { ensemble(id: $id) { uniqueResponses { name } } }", Map.of("id", ensemble))
                .get("ensemble").get("uniqueResponses");
        assertEquals(4, unique.size());

        var all = data("query($id: ID!) { ensemble(id: $id) { responses { name realizationIndex } } }",
                Map.of("id", ensemble)).get("ensemble").get("responses");
        assertEquals(20, all.size());
        assertTrue(all.toString().contains("{\"name\":\"FOPR\",\"realizationIndex\":0}"), all::toString);

        var some = data("query($id: ID!, $names: [String!]!) { ensemble(id: $id) { responses(names: $names) { name realizationIndex } } }",
                Map.of("id", ensemble, "names", List.of("FOPR", "FOPT"))).get("ensemble").get("responses");
        assertEquals(10, some.size());
        some.forEach(response -> assertTrue(List.of("FOPR", "FOPT").contains(response.get("name").asText())));
    }

    @Test
    void givenUserdataPut_userdata_answersItsJsonText() throws Exception {
        var experiment = experiment(api());
        var ensemble = ensemble(api(), experiment);
        assertEquals("{}", data("{ experiment(id: \"" + experiment + "\") { userdata } }").get("experiment").get("userdata").asText());
        assertEquals("{}", data("{ ensemble(id: \"" + ensemble + "\") { userdata } }").get("ensemble").get("userdata").asText());
        api().put("/experiments/" + experiment + "/userdata", "{\"test\": \"foo\", \"hello\": {\"world\": 1}}").expect(200);
        var userdata = data("{ experiment(id: \"" + experiment + "\") { userdata } }").get("experiment").get("userdata").asText();
        assertEquals(JSON.readTree("{\"test\": \"foo\", \"hello\": {\"world\": 1}}"), JSON.readTree(userdata));
    }

    @Test
    void givenUpdateAndRecords_largeQuery_answersEveryRelation() {
        var experiment = experiment(api(), """
                {"name":"%s","priors":{"p1":{"function":"uniform","min":0.1,"max":0.9}}}""".formatted(unique("gql")));
        var reference = ensemble(api(), experiment, """
                {"size":2,"parameter_names":["p1"],"response_names":["FOPR"]}""");
        upload(reference, "p1", "?prior=p1", "[[1, 2]]");
        upload(reference, "FOPR", "?realization_index=0", "[1, 2]");
        upload(reference, "FOPR", "?realization_index=1", "[3, 4]");
        var update = ApiTestData.update(api(), reference);
        var result = ApiTestData.resultEnsemble(api(), experiment, update);
        var read = data("""
                query($id: ID!) {
                  ensemble(id: $id) {
                    id pk size activeRealizations parameterNames responseNames userdata
                    experiment { id name }
                    children { id algorithm ensembleResult { id } }
                    parentEnsemble { id }
                    uniqueResponses { name recordType recordClass records { name realizationIndex } }
                    parameters { id name prior realizationIndex recordInfo { name recordClass recordType } }
                  }
                }""", Map.of("id", reference)).get("ensemble");
        assertEquals(experiment, read.get("experiment").get("id").asText());
        assertEquals(update, read.get("children").get(0).get("id").asText());
        assertEquals(result, read.get("children").get(0).get("ensembleResult").get("id").asText());
        assertTrue(read.get("parentEnsemble").isNull());
        assertEquals("""
                [{"name":"FOPR","recordType":"F64_MATRIX","recordClass":"RESPONSE","records":[{"name":"FOPR","realizationIndex":0},{"name":"FOPR","realizationIndex":1}]}]""",
                read.get("uniqueResponses").toString());
        var parameter = read.get("parameters").get(0);
        assertEquals("{\"function\": \"uniform\", \"min\": 0.1, \"max\": 0.9}", parameter.get("prior").asText());
        assertTrue(parameter.get("realizationIndex").isNull());
        assertEquals("{\"name\":\"p1\",\"recordClass\":\"PARAMETER\",\"recordType\":\"F64_MATRIX\"}",
                parameter.get("recordInfo").toString());

        var child = data("query($id: ID!) { ensemble(id: $id) { parentEnsemble { id } parent { id ensembleReference { id } } } }",
                Map.of("id", result)).get("ensemble");
        assertEquals(reference, child.get("parentEnsemble").get("id").asText());
        assertEquals(reference, child.get("parent").get("ensembleReference").get("id").asText());
        var parentChildren = data("query($id: ID!) { ensemble(id: $id) { childEnsembles { id } } }",
                Map.of("id", reference)).get("ensemble").get("childEnsembles");
        assertEquals(result, parentChildren.get(0).get("id").asText());
    }

    @Test
    void givenRecords_keys_areConsistentBetweenFields() {
        var ensemble = ensemble(api(), experiment(api()), """
                {"size":1,"parameter_names":["p"],"response_names":[]}""");
        upload(ensemble, "p", "", "[[1]]");
        var read = data("query($id: ID!) { ensemble(id: $id) { pk experimentPk experiment { pk } "
                + "parameters { pk recordInfoPk f64MatrixPk filePk recordInfo { pk ensemblePk } } } }",
                Map.of("id", ensemble)).get("ensemble");
        assertEquals(read.get("experiment").get("pk").asText(), read.get("experimentPk").asText());
        var parameter = read.get("parameters").get(0);
        assertEquals(parameter.get("recordInfo").get("pk").asText(), parameter.get("recordInfoPk").asText());
        assertEquals(read.get("pk").asText(), parameter.get("recordInfo").get("ensemblePk").asText());
        assertTrue(parameter.get("filePk").isNull());
        assertTrue(parameter.get("f64MatrixPk").isInt());
    }

    @Test
    void givenStoredEntities_times_areIsoDateTimesWithoutZone() {
        var ensemble = ensemble(api(), experiment(api()), """
                {"size":1,"parameter_names":["p"],"response_names":[]}""");
        upload(ensemble, "p", "", "[[1]]");
        var read = data("query($id: ID!) { ensemble(id: $id) { timeCreated timeUpdated experiment { timeCreated } "
                + "parameters { timeCreated timeUpdated } } }", Map.of("id", ensemble)).get("ensemble");
        var iso = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?";
        for (String time : List.of(read.get("timeCreated").asText(), read.get("timeUpdated").asText(),
                read.get("experiment").get("timeCreated").asText(), read.get("parameters").get(0).get("timeCreated").asText())) {
            assertTrue(time.matches(iso), time);
        }
        assertTrue(read.get("timeUpdated").asText().compareTo(read.get("timeCreated").asText()) >= 0, read::toString);
    }

    @Test
    void givenGetWithVariables_gql_executesTheQuery() {
        var experiment = experiment(api());
        var query = "query($id: ID!) { experiment(id: $id) { id } }";
        var answer = api().get("/gql?query=" + encode(query) + "&variables=" + encode("{\"id\":\"" + experiment + "\"}"))
                .expect(200);
        assertEquals(experiment, answer.get("data").get("experiment").get("id").asText());
    }

    @Test
    void givenGraphqlBody_post_executesIt() {
        var answer = api().send("POST", "/gql", "{ experiments { id } }", Map.of("Content-Type", "application/graphql"))
                .expect(200);
        assertTrue(answer.get("data").get("experiments").isArray());
    }

    @Test
    void givenOtherContentTypeWithQueryInUrl_post_takesTheUrlQuery() {
        var answer = api().send("POST", "/gql?query=" + encode("{ experiments { id } }"), "ignored",
                Map.of("Content-Type", "text/plain")).expect(200);
        assertTrue(answer.get("data").get("experiments").isArray());
    }

    @Test
    void givenOtherContentType_post_answers415() {
        var response = api().send("POST", "/gql", "{ experiments { id } }", Map.of("Content-Type", "text/plain"));
        assertEquals(415, response.status());
        assertEquals("Unsupported Media Type", response.body());
    }

    @Test
    void givenIntrospection_gql_namesTheRootTypes() {
        var schema = data("{ __schema { queryType { name } mutationType { name } } }").get("__schema");
        assertEquals("Query", schema.get("queryType").get("name").asText());
        assertEquals("Mutations", schema.get("mutationType").get("name").asText());
        var type = data("{ __type(name: \"RecordType\") { enumValues { name } } }").get("__type");
        assertEquals(List.of("F64_MATRIX", "FILE"), type.get("enumValues").findValuesAsText("name"));
    }

    @Test
    void givenOperationName_get_runsThatOperation() {
        var query = "query A { experiments { id } } query B { __typename }";
        var answer = api().get("/gql?query=" + encode(query) + "&operationName=B").expect(200);
        assertEquals("Query", answer.get("data").get("__typename").asText());
    }

    @Test
    void givenOtherMethod_gql_answers405InPlainText() {
        var response = api().send("PUT", "/gql", "{}", Map.of("Content-Type", "application/json"));
        assertEquals(405, response.status());
        assertEquals("Method Not Allowed", response.body());
        assertTrue(response.header("Content-Type").startsWith("text/plain"), response::toString);
    }

    @Test
    void givenNoQuery_gql_answers400() {
        var response = api().post("/gql", "{\"variables\":{}}");
        assertEquals(400, response.status());
        assertEquals("No GraphQL query found in the request", response.body());
        assertEquals(400, api().send("GET", "/gql", null, Map.of("Accept", "application/json")).status());
        var nullBody = api().post("/gql", "null");
        assertEquals(400, nullBody.status(), nullBody.body());
        assertEquals("No GraphQL query found in the request", nullBody.body());
    }

    @Test
    void givenNoOrWrongToken_gql_answers403() {
        var query = "/gql?query=" + encode("{ experiments { id } }");
        assertEquals("{\"detail\":\"Not authenticated\"}", api().withToken(null).get(query).body());
        assertEquals(403, api().withToken("wrong").post("/gql", "{\"query\":\"{ experiments { id } }\"}").status());
    }

    @Test
    void givenBrowser_getGql_answersGraphiqlWithoutToken() {
        var page = api().withToken(null).send("GET", "/gql", null, Map.of("Accept", "text/html,application/xhtml+xml"));
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").startsWith("text/html"), page::toString);
        assertTrue(page.body().contains("graphiql.min.js"));
        var script = page.body().replaceAll("(?s).*src=\"(/webjars/graphiql/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, api().get(script).status());
    }

    @Test
    void givenUnknownOrBadIds_queries_answerErrorsInTheErrorsArray() {
        var unknown = gql("query($id: ID!) { experiment(id: $id) { id } }", Map.of("id", unknownId()));
        assertEquals("No row was found when one was required", error(unknown));
        var answer = unknown.json();
        assertTrue(answer.get("data").get("experiment").isNull());
        assertEquals("experiment", answer.get("errors").get(0).get("path").get(0).asText());
        assertTrue(answer.get("errors").get(0).get("locations").get(0).has("line"));

        assertEquals("No row was found when one was required",
                error(gql("{ ensemble(id: \"" + unknownId() + "\") { id } }", Map.of())));
        assertEquals("Invalid UUID: nope", error(gql("{ ensemble(id: \"nope\") { id } }", Map.of())));
        assertTrue(error(gql("{ ensemble { id } }", Map.of())).contains("argument 'id'")
                || error(gql("{ ensemble { id } }", Map.of())).contains("argument \"id\""));
        assertTrue(error(gql("{ nosuchfield }", Map.of())).contains("nosuchfield"));
        assertFalse(gql("{ ensemble(id: \"nope\") { id } }", Map.of()).body().contains("at org."));
    }

    @Test
    void givenMissingArguments_mutations_answerClearErrorsAndCreateNothing() {
        assertEquals("name is required", error(gql("mutation { createExperiment { id } }", Map.of())));
        var experiment = experiment(api());
        var create = "mutation($e: ID!, $size: Int, $params: [String]) { createEnsemble(experimentId: $e, size: $size, parameterNames: $params) { id } }";
        assertEquals("size is required", error(gql(create, Map.of("e", experiment, "params", List.of("a")))));
        assertEquals("parameterNames is required", error(gql(create, Map.of("e", experiment, "size", 1))));
        assertEquals("No row was found when one was required",
                error(gql(create, Map.of("e", unknownId(), "size", 1, "params", List.of()))));
        assertEquals(0, api().get("/experiments/" + experiment + "/ensembles").expect(200).size());
    }

    @Test
    void givenInvalidActiveRealizations_createEnsemble_appliesTheRestRules() {
        var experiment = experiment(api());
        var create = "mutation($e: ID!) { createEnsemble(experimentId: $e, size: 2, parameterNames: [], activeRealizations: [0, 5]) { id } }";
        var response = gql(create, Map.of("e", experiment));
        assertEquals(400, response.status());
        assertEquals(0, api().get("/experiments/" + experiment + "/ensembles").expect(200).size());
    }

    @Test
    void givenCreateEnsembleInQueryOrGet_gql_refusesAndCreatesNothing() {
        var experiment = experiment(api());
        var ensemble = ensemble(api(), experiment);
        var sneaky = "{ ensemble(id: \"" + ensemble + "\") { experiment { createEnsemble(size: 1, parameterNames: [\"q\"]) { id } } } }";
        assertEquals("createEnsemble is only allowed in a mutation", error(gql(sneaky, Map.of())));
        var overGet = api().get("/gql?query=" + encode("mutation { createExperiment(name: \"x\") { id } }"));
        assertEquals(400, overGet.status());
        assertEquals(1, api().get("/experiments/" + experiment + "/ensembles").expect(200).size());
    }
}
