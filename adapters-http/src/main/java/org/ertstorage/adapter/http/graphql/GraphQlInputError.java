package org.ertstorage.adapter.http.graphql;

/** A request GraphQL cannot run as asked (missing argument, bad id, wrong operation): its message is shown as is. */
final class GraphQlInputError extends RuntimeException {

    GraphQlInputError(String message) {
        super(message, null, false, false);
    }
}
