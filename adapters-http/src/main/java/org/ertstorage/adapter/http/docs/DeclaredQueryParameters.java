package org.ertstorage.adapter.http.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters each operation of the served {@code /openapi.json} declares. The document
 * is the one list of them: a request is checked against what its clients can read there.
 */
public final class DeclaredQueryParameters {

    private final Map<String, Set<String>> byOperation;

    private DeclaredQueryParameters(Map<String, Set<String>> byOperation) {
        this.byOperation = Map.copyOf(byOperation);
    }

    /** Read from the document the docs routes serve. */
    public static DeclaredQueryParameters fromOpenApi() {
        try {
            return fromDocument(new ObjectMapper().readTree(DocsController.ownResource("openapi.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DeclaredQueryParameters fromDocument(JsonNode document) {
        var byOperation = new HashMap<String, Set<String>>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!entry.getKey().equals("parameters")) {
                var names = new LinkedHashSet<String>();
                addQueryNames(document, path.getValue().path("parameters"), names);
                addQueryNames(document, entry.getValue().path("parameters"), names);
                byOperation.put(key(entry.getKey(), path.getKey()), Set.copyOf(names));
            }
        }));
        return new DeclaredQueryParameters(byOperation);
    }

    /** @param path the template, as {@code /ensembles/{ensemble_id}}; empty when the document lacks the operation */
    public Optional<Set<String>> declaredBy(String method, String path) {
        return Optional.ofNullable(byOperation.get(key(method, path)));
    }

    private static void addQueryNames(JsonNode document, JsonNode parameters, Set<String> names) {
        for (JsonNode parameter : parameters) {
            // Shared parameters are references into components/parameters.
            var resolved = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if (resolved.path("in").asText().equals("query")) {
                names.add(resolved.path("name").asText());
            }
        }
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }
}
