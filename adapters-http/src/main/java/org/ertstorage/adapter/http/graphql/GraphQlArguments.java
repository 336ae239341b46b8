package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.UUID;

/** Reads arguments and states their rules in the messages GRAPHQL.md asks for. */
final class GraphQlArguments {

    private GraphQlArguments() {
    }

    static UUID uuid(DataFetchingEnvironment env, String name) {
        Object value = env.getArgument(name);
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new GraphQlInputError("Invalid UUID: " + value);
        }
    }

    static <T> T required(DataFetchingEnvironment env, String name) {
        T value = env.getArgument(name);
        if (value == null) {
            throw new GraphQlInputError(name + " is required");
        }
        return value;
    }

    static <T> List<T> optionalList(DataFetchingEnvironment env, String name) {
        List<T> value = env.getArgument(name);
        return value == null ? List.of() : value;
    }
}
