package org.ertstorage.adapter.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One operation of the served {@code /openapi.json}, with the query parameters it declares (its
 * own and its path's, references resolved), for the suites that drive every route from the document.
 */
record DocumentedOperation(String method, String template, List<QueryParameter> query) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** A declared query parameter and its JSON schema. */
    record QueryParameter(String name, JsonNode schema) {
    }

    static List<DocumentedOperation> all(ApiClient api) {
        var document = api.get("/openapi.json").expect(200);
        var operations = new ArrayList<DocumentedOperation>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            var method = entry.getKey().toUpperCase(Locale.ROOT);
            if (METHODS.contains(method)) {
                var query = new ArrayList<QueryParameter>();
                for (JsonNode source : List.of(path.getValue().path("parameters"), entry.getValue().path("parameters"))) {
                    for (JsonNode parameter : source) {
                        var resolved = parameter.has("$ref")
                                ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
                        if (resolved.path("in").asText().equals("query")) {
                            query.add(new QueryParameter(resolved.path("name").asText(), resolved.path("schema")));
                        }
                    }
                }
                operations.add(new DocumentedOperation(method, path.getKey(), List.copyOf(query)));
            }
        }));
        return operations;
    }

    String name() {
        return method + " " + template;
    }

    Set<String> queryNames() {
        return Set.copyOf(query.stream().map(QueryParameter::name).toList());
    }
}
