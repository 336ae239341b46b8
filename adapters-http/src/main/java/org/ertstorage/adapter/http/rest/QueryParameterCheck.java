package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;

/**
 * Refuses the query parameters an operation does not declare, as FastAPI does for a query model
 * that forbids extras: 422, each one {@code extra_forbidden} with its value, and nothing stored.
 */
public final class QueryParameterCheck {

    /** The context attribute holding this request's issues, which {@link RequestParameters} lists with its own. */
    static final String ISSUES = "org.ertstorage.undeclaredQueryParameters";

    private QueryParameterCheck() {
    }

    /**
     * {@code handler}, refusing requests with undeclared query parameters before it stores or looks
     * up anything. An operation that has parameters validates them through {@link RequestParameters}
     * first, so the undeclared ones are handed to it and reported in one list with its malformed
     * ones; a request to an operation without any is refused here, before its handler runs.
     *
     * @param pathTemplate the route, as {@code /ensembles/{ensemble_id}}
     */
    public static Handler refusing(String pathTemplate, Set<String> declared, Handler handler) {
        boolean readsParameters = pathTemplate.contains("{") || !declared.isEmpty();
        return ctx -> {
            var undeclared = undeclared(ctx, declared);
            if (!undeclared.isEmpty()) {
                if (!readsParameters) {
                    throw new RequestValidationException(undeclared);
                }
                ctx.attribute(ISSUES, undeclared);
            }
            handler.handle(ctx);
        };
    }

    /** In the URL's order; a repeated parameter shows its last value, as Starlette's query dict keeps it. */
    private static List<ValidationIssue> undeclared(Context ctx, Set<String> declared) {
        return ctx.queryParamMap().entrySet().stream()
                .filter(parameter -> !declared.contains(parameter.getKey()))
                .map(parameter -> ValidationIssue.extraForbidden(parameter.getKey(), parameter.getValue().getLast()))
                .toList();
    }
}
