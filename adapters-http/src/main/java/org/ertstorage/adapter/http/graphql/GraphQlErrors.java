package org.ertstorage.adapter.http.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.domain.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what a fetcher throws into an entry of {@code errors}: the reference's message for a miss,
 * the rule's message for a broken domain rule, and never a stack trace or SQL (DEFECTS D-27).
 */
final class GraphQlErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        var error = GraphqlErrorBuilder.newError()
                .message(message(cause))
                .location(parameters.getSourceLocation())
                .path(parameters.getPath())
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    private static String message(Throwable cause) {
        return switch (cause) {
            case NotFoundException ignored -> "No row was found when one was required";
            case GraphQlInputError input -> input.getMessage();
            case DomainRuleViolation rule -> rule.getMessage();
            case IllegalArgumentException bad -> bad.getMessage();
            default -> {
                LOG.error("GraphQL fetcher failed", cause);
                yield "Internal server error";
            }
        };
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
