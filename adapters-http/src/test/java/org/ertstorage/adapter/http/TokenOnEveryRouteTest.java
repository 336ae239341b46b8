package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * API.md §2 and DEFECTS D-01: every data route answers 403 without the token, /gql included.
 * The routes come from the server's own table, so a route added later is covered without a change here.
 */
class TokenOnEveryRouteTest {

    /** The only REST routes the original leaves open. */
    private static final Set<String> OPEN = Set.of("GET /", "GET /healthcheck");

    @Test
    void givenNoToken_everyDataRoute_answersNotAuthenticated() {
        var client = new ApiClient(InMemoryHttpServer.baseUri(), null);
        var operations = new ArrayList<>(InMemoryHttpServer.server().apiOperations());
        operations.add("GET /gql");
        operations.add("POST /gql");
        int checked = 0;
        for (String operation : operations) {
            if (OPEN.contains(operation)) {
                continue;
            }
            String method = operation.substring(0, operation.indexOf(' '));
            String path = operation.substring(operation.indexOf(' ') + 1)
                    .replaceAll("\\{[^}]*_id}", UUID.randomUUID().toString())
                    .replaceAll("\\{[^}]+}", "name");
            var response = client.send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                    Map.of("Accept", "application/json"));
            assertEquals(403, response.status(), operation + ": " + response.body());
            assertEquals("{\"detail\":\"Not authenticated\"}", response.body(), operation);
            checked++;
        }
        assertTrue(checked >= 40, "only " + checked + " routes checked");
    }
}
