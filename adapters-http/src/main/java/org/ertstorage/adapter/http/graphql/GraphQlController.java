package org.ertstorage.adapter.http.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * GraphQL over HTTP at {@code /gql} (GRAPHQL.md section 1): the query from the URL or the body,
 * {@code errors} answered with 400. Mutations are refused over GET (DEFECTS D-03).
 */
public final class GraphQlController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphQlExecutor executor;

    public GraphQlController(GraphQlExecutor executor) {
        this.executor = Objects.requireNonNull(executor, "'executor' must not be null");
    }

    /** Whether a GET asks for the GraphiQL page rather than an execution. */
    public static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("text/html");
    }

    public void get(Context ctx) {
        try {
            executeGet(ctx);
        } catch (TransportError e) {
            plain(ctx, e);
        }
    }

    public void post(Context ctx) {
        try {
            executePost(ctx);
        } catch (TransportError e) {
            plain(ctx, e);
        }
    }

    /** Any method but GET and POST: 405 in plain text, as the reference's GraphQL handler answered. */
    public static void methodNotAllowed(Context ctx) {
        plain(ctx.header("Allow", "GET, POST"), new TransportError(405, "Method Not Allowed"));
    }

    private static void plain(Context ctx, TransportError error) {
        ctx.status(error.status).contentType("text/plain; charset=utf-8").result(error.getMessage());
    }

    private void executeGet(Context ctx) {
        var request = new Request(ctx.queryParam("query"), ctx.queryParam("operationName"), variables(ctx.queryParam("variables")));
        request.requireQuery();
        if (isMutation(request)) {
            var refused = new LinkedHashMap<String, Object>();
            refused.put("data", null);
            refused.put("errors", List.of(Map.of("message", "Mutations are not allowed over GET; use POST")));
            answer(ctx, refused);
            return;
        }
        answer(ctx, request);
    }

    private void executePost(Context ctx) {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType();
        Request request;
        if (contentType.contains("application/json")) {
            request = fromJson(ctx.body());
        } else if (contentType.contains("application/graphql")) {
            request = new Request(ctx.body(), ctx.queryParam("operationName"), Map.of());
        } else if (ctx.queryParam("query") != null) {
            request = new Request(ctx.queryParam("query"), ctx.queryParam("operationName"),
                    variables(ctx.queryParam("variables")));
        } else {
            throw new TransportError(415, "Unsupported Media Type");
        }
        request.requireQuery();
        answer(ctx, request);
    }

    private void answer(Context ctx, Request request) {
        answer(ctx, executor.execute(request.query(), request.operationName(), request.variables()));
    }

    private static void answer(Context ctx, Map<String, Object> result) {
        try {
            ctx.status(result.containsKey("errors") ? 400 : 200)
                    .contentType("application/json")
                    .result(JSON.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Request fromJson(String body) {
        Map<String, Object> json;
        try {
            json = JSON.readValue(body, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new TransportError(400, "POST body sent invalid JSON.");
        }
        if (json == null) {
            // The body "null" is valid JSON but names no query (found by FuzzApiContract: it was a 500).
            json = Map.of();
        }
        Object variables = json.get("variables");
        return new Request(json.get("query") instanceof String q ? q : null,
                json.get("operationName") instanceof String name ? name : null,
                variables instanceof Map<?, ?> map ? castVariables(map) : variables instanceof String text ? variables(text) : Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castVariables(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> variables(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return Json.readObject(text);
        } catch (GraphQlInputError e) {
            throw new TransportError(400, "Variables are invalid JSON.");
        }
    }

    /** Whether the operation that would run is a mutation; a query that does not parse is left to GraphQL. */
    private static boolean isMutation(Request request) {
        try {
            var operations = Parser.parse(request.query()).getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /** A request the transport refuses before GraphQL sees it, answered in plain text. */
    private static final class TransportError extends RuntimeException {

        private final int status;

        TransportError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private record Request(String query, String operationName, Map<String, Object> variables) {

        void requireQuery() {
            if (query == null || query.isBlank()) {
                throw new TransportError(400, "No GraphQL query found in the request");
            }
        }
    }
}
