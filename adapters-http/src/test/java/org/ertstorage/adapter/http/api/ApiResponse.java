package org.ertstorage.adapter.http.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One answer of the server, with assertions that show the body when they fail. */
public record ApiResponse(String request, int status, Map<String, List<String>> headers, String body) {

    public JsonNode json() {
        return ApiClient.parse(body);
    }

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
    }

    /** Asserts the status and returns the parsed JSON body. */
    public JsonNode expect(int expectedStatus) {
        assertEquals(expectedStatus, status, request + " answered " + status + ": " + body);
        return body.isEmpty() ? null : json();
    }
}
