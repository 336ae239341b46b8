package org.ertstorage.adapter.http.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ertstorage.adapter.http.ops.RequestIds;
import org.ertstorage.adapter.formats.JsonDialect;
import org.ertstorage.adapter.formats.matrix.UnwritableTable;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.application.port.in.UnstorableValueException;
import org.ertstorage.domain.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers, in the original server's five body shapes.
 * Nothing about the server's internals (stack traces, SQL, class names) reaches a client.
 */
public final class HttpErrors {

    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

    private HttpErrors() {
    }

    /** @param maxRequestBytes the limit Javalin applies to bodies read whole, named in its 413 answers */
    public static void register(RoutesConfig routes, long maxRequestBytes) {
        routes.exception(RequestValidationException.class,
                (e, ctx) -> send(ctx, 422, Map.of("detail", e.issues())));
        routes.exception(NotFoundException.class, (e, ctx) -> {
            if (e.subject() == NotFoundException.Subject.RECORD) {
                send(ctx, 404, domainDetail(ctx, Map.of(), "Record not found"));
            } else {
                send(ctx, 404, Map.of("detail", "Item not found"));
            }
        });
        routes.exception(DomainRuleViolation.class,
                (e, ctx) -> send(ctx, status(e.category()), domainDetail(ctx, e.context(), e.getMessage())));
        routes.exception(ApiError.class, (e, ctx) -> send(ctx, e.status(), domainDetail(ctx, e.context(), e.getMessage())));
        routes.exception(UnwritableTable.class, (e, ctx) -> send(ctx, 422, domainDetail(ctx, Map.of(), e.getMessage())));
        routes.exception(PlainError.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.status(), Map.of("detail", e.getMessage()));
        });
        routes.exception(StorageUnavailableException.class, (e, ctx) -> {
            LOG.warn("Storage unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            send(ctx, 503, Map.of("detail", "Storage unavailable, retry later"));
        });
        routes.exception(UnstorableValueException.class,
                (e, ctx) -> send(ctx, 422, domainDetail(ctx, Map.of(), e.getMessage())));
        routes.exception(RequestTooLarge.class, (e, ctx) -> tooLarge(ctx, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                // Javalin's own check, on a body sent without Content-Length that grew past the limit.
                tooLarge(ctx, RequestTooLarge.message(maxRequestBytes));
            } else {
                send(ctx, e.getStatus(), Map.of("detail", e.getMessage()));
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            // The details stay in the log, found by the request id the client saw (DEFECTS D-27).
            var requestId = RequestIds.of(ctx);
            LOG.error("Unhandled error on {} {} (request_id={})", ctx.method(), ctx.path(), requestId, e);
            var detail = new LinkedHashMap<String, Object>();
            detail.put("error", "Internal server error");
            detail.put("request_id", requestId);
            send(ctx, 500, Map.of("detail", detail));
        });
    }

    private static void tooLarge(Context ctx, String message) {
        // The rest of the body is not read: Jetty closes the connection after this answer.
        ctx.header("Connection", "close");
        send(ctx, 413, Map.of("detail", Map.of("error", message)));
    }

    private static int status(DomainRuleViolation.Category category) {
        return switch (category) {
            case CONFLICT -> 409;
            case OUT_OF_RANGE -> 417;
            case UNPROCESSABLE -> 422;
        };
    }

    /**
     * The domain-error body: the request's query parameters in URL order, then its path
     * parameters, then the error's context, then {@code error}; later keys win, as in the original.
     */
    static Map<String, Object> domainDetail(Context ctx, Map<String, String> context, String message) {
        var detail = new LinkedHashMap<String, Object>();
        queryParameters(ctx.queryString()).forEach(detail::put);
        ctx.pathParamMap().forEach(detail::put);
        context.forEach(detail::put);
        detail.put("error", message);
        return Map.of("detail", detail);
    }

    private static Map<String, String> queryParameters(String query) {
        var parameters = new LinkedHashMap<String, String>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(decode(name), decode(value));
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static void send(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(JsonDialect.write(body));
    }
}
