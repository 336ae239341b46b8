package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a query parameter an operation does not declare in {@code /openapi.json} is refused
 * with FastAPI's 422 {@code extra_forbidden}, on every operation and before anything is stored,
 * while every parameter the document declares is taken. The operations come from the served
 * document, so a route added later is covered without a list kept here.
 */
public abstract class QueryParameterApiContract extends ApiContract {

    @Test
    void givenUndeclaredParameterOnEveryOperation_request_answersExtraForbiddenAndChangesNothing() {
        var fixture = StoredFixture.create(api());
        var before = fixture.snapshot(api());
        var failures = new ArrayList<String>();
        for (DocumentedOperation operation : operations()) {
            var path = path(fixture, operation) + "?undeclared_q=v%20w";
            var response = api().send(operation.method(), path, "{}", java.util.Map.of("Content-Type", "application/json"));
            if (response.status() != 422 || !refusesAsUndeclared(response, "undeclared_q", "v w")) {
                failures.add(operation.name() + " answered " + response.status() + " " + response.body());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(before, fixture.snapshot(api()));
    }

    @Test
    void givenEveryDeclaredParameter_request_isNotRefusedAsUndeclared() {
        var fixture = StoredFixture.create(api());
        var failures = new ArrayList<String>();
        // Deletions last, so that the fixture serves every other operation.
        var operations = operations().stream().sorted(Comparator.comparing(o -> o.method().equals("DELETE"))).toList();
        for (DocumentedOperation operation : operations) {
            var query = new StringBuilder();
            for (DocumentedOperation.QueryParameter parameter : operation.query()) {
                query.append(query.isEmpty() ? '?' : '&').append(parameter.name()).append('=')
                        .append(value(fixture, parameter.schema()));
            }
            var response = api().send(operation.method(), path(fixture, operation) + query, null, java.util.Map.of());
            // 501 is the documented answer of POST /updates/facade.
            if ((response.status() >= 500 && response.status() != 501) || response.body().contains("extra_forbidden")) {
                failures.add(operation.name() + query + " answered " + response.status() + " " + response.body());
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void givenUnknownParameterOnARead_request_answersFastApisBody() {
        var fixture = StoredFixture.create(api());

        var response = api().get(fixture.expand("/ensembles/{ensemble}/records?dry_run=yes"));

        assertEquals(ApiClient.parse("""
                {"detail":[{"type":"extra_forbidden","loc":["query","dry_run"],"msg":"Extra inputs are not permitted",\
                "input":"yes"}]}"""), response.expect(422));
    }

    @Test
    void givenMalformedAndUnknownParameters_request_listsThemTogetherUnknownLast() {
        var detail = api().get("/ensembles/not-a-uuid/records/r?realization_index=x&colour=red&size=2")
                .expect(422).get("detail");

        assertEquals(List.of("path ensemble_id type_error.uuid", "query realization_index type_error.integer",
                "query colour extra_forbidden", "query size extra_forbidden"), java.util.stream.StreamSupport
                .stream(detail.spliterator(), false).map(issue -> issue.get("loc").get(0).asText() + " "
                        + issue.get("loc").get(1).asText() + " " + issue.get("type").asText()).toList());
    }

    @Test
    void givenNoTokenAndAnUnknownParameter_request_answersForbiddenFirst() {
        var response = api().withToken(null).get("/experiments?x=1");

        assertEquals(403, response.status(), response.body());
    }

    @Test
    void givenRepeatedUnknownParameter_request_namesItOnceWithItsLastValue() {
        var response = api().get("/experiments?x=1&x=2");

        var detail = response.expect(422).get("detail");
        assertEquals(1, detail.size(), detail.toString());
        assertEquals("2", detail.get(0).get("input").asText());
    }

    @Test
    void givenUnknownParameterOnWrites_request_storesNothing() {
        var fixture = StoredFixture.create(api());
        var before = fixture.snapshot(api());
        var records = "/ensembles/{ensemble}/records/";

        api().post(fixture.expand(records + StoredFixture.EMPTY_RESPONSE + "/matrix?realization_index=1&overwrite=1"),
                "[1,2]").expect(422);
        api().patch(fixture.expand("/ensembles/{ensemble}/userdata?merge=deep"), "{\"added\":1}").expect(422);
        api().put(fixture.expand(records + "p/userdata?realization_index=&x=1"), "{}").expect(422);
        api().post(fixture.expand("/experiments/{experiment}/ensembles?copy=1"),
                "{\"size\":1,\"parameter_names\":[],\"response_names\":[]}").expect(422);
        api().delete(fixture.expand("/experiments/{experiment}?force=true")).expect(422);
        int experiments = api().get("/experiments").expect(200).size();
        api().post("/experiments?dry_run=false", "{\"name\":\"" + ApiTestData.unique("refused") + "\"}").expect(422);

        assertEquals(before, fixture.snapshot(api()));
        assertEquals(experiments, api().get("/experiments").expect(200).size());
    }

    @Test
    void givenRoutesOutsideTheApi_request_keepsTheirParameters() {
        api().get("/gql?query=%7B%20experiments%20%7B%20id%20%7D%20%7D&operationName=&variables=%7B%7D").expect(200);
        assertEquals(200, api().get("/openapi.json?v=2").status());
        assertEquals(200, api().get("/docs?x=1").status());
        assertEquals(200, api().get("/health/live?probe=k8s").status());
    }

    private static boolean refusesAsUndeclared(ApiResponse response, String name, String value) {
        var detail = response.json().path("detail");
        for (JsonNode issue : detail) {
            if (issue.path("type").asText().equals("extra_forbidden") && issue.path("loc").toString()
                    .equals("[\"query\",\"" + name + "\"]") && issue.path("input").asText().equals(value)
                    && issue.path("msg").asText().equals("Extra inputs are not permitted")) {
                return true;
            }
        }
        return false;
    }

    /** The operation's path with the fixture's ids and record names in place of its parameters. */
    private String path(StoredFixture fixture, DocumentedOperation operation) {
        return fixture.expand(operation.template()
                .replace("{experiment_id}", "{experiment}").replace("{ensemble_id}", "{ensemble}")
                .replace("{obs_id}", "{observation}").replace("{record_id}", recordId(fixture))
                .replace("{update_id}", "0b6e2d6c-6c5a-4d5e-9d4e-3c0f7a1e2b19")
                .replace("{name}", "p").replace("{response_name}", "r"));
    }

    private String recordId(StoredFixture fixture) {
        return api().get(fixture.expand("/ensembles/{ensemble}/records")).expect(200).get("p").get("id").asText();
    }

    /** A value of the schema's type: the fixture's ensemble for an id, so that lookups find something. */
    private static String value(StoredFixture fixture, JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "integer" -> "0";
            case "boolean" -> "false";
            default -> schema.path("format").asText().equals("uuid") ? fixture.ensembleId() : "r";
        };
    }

    private List<DocumentedOperation> operations() {
        var operations = DocumentedOperation.all(api());
        assertTrue(operations.size() >= 40, "only " + operations.size() + " operations in /openapi.json");
        return operations;
    }
}
