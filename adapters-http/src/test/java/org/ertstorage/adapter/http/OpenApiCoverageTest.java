package org.ertstorage.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.ertstorage.adapter.http.api.ApiClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: the routes the server registers and the operations {@code /openapi.json} describes are
 * the same set (method and path template), and the document hangs together.
 */
class OpenApiCoverageTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** As served, without a token. */
    private final JsonNode document = new ApiClient(InMemoryHttpServer.baseUri(), null).get("/openapi.json").expect(200);

    private List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), path.getValue(),
                        entry.getValue()));
            }
        }));
        return operations;
    }

    private record Operation(String method, String path, JsonNode pathItem, JsonNode body) {

        String name() {
            return method + " " + path;
        }
    }

    @Test
    void givenTheRunningServer_openApi_describesExactlyItsRoutes() {
        var served = new TreeSet<>(InMemoryHttpServer.server().apiOperations());
        var documented = new TreeSet<String>();
        operations().forEach(operation -> documented.add(operation.name()));

        var undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        var unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        if (!undocumented.isEmpty() || !unserved.isEmpty()) {
            fail("routes and /openapi.json differ (method + path template):\n"
                    + "  served but missing from /openapi.json: " + undocumented + "\n"
                    + "  in /openapi.json but not served:       " + unserved);
        }
    }

    @Test
    void givenTheDocument_everyPathParameter_isDeclaredAsRequired() {
        for (Operation operation : operations()) {
            var declared = new HashSet<String>();
            for (JsonNode source : List.of(operation.pathItem().path("parameters"), operation.body().path("parameters"))) {
                source.forEach(parameter -> {
                    var resolved = resolve(parameter);
                    if (resolved.path("in").asText().equals("path")) {
                        assertTrue(resolved.path("required").asBoolean(), operation.name() + ": " + resolved);
                        declared.add(resolved.path("name").asText());
                    }
                });
            }
            var inTemplate = new HashSet<String>();
            PATH_PARAMETER.matcher(operation.path()).results().forEach(m -> inTemplate.add(m.group(1)));
            assertEquals(inTemplate, declared, operation.name());
        }
    }

    @Test
    void givenTheDocument_everyReferenceResolvesAndOperationIdsAreUnique() {
        checkReferences(document);
        var ids = new HashSet<String>();
        for (Operation operation : operations()) {
            String id = operation.body().path("operationId").asText();
            assertTrue(!id.isEmpty() && ids.add(id), operation.name() + " has a missing or repeated operationId " + id);
            assertFalse(operation.body().path("responses").isEmpty(), operation.name() + " lists no response");
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertTrue(ref.startsWith("#/"), ref);
        JsonNode target = document.at(ref.substring(1));
        assertFalse(target.isMissingNode(), "unresolved $ref " + ref);
        return target;
    }

    private void checkReferences(JsonNode node) {
        if (node.has("$ref")) {
            resolve(node);
        }
        node.forEach(this::checkReferences);
    }
}
