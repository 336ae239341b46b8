package org.ertstorage.adapter.http.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;
import org.ertstorage.adapter.formats.JsonDialect;

/** The JSON body of a request, read as the original server reads it. */
final class JsonBody {

    private JsonBody() {
    }

    /**
     * The parsed body. It is JSON when the request has no content type or a JSON one
     * ({@code application/json}, {@code application/*+json}); anything else is a string, which no
     * JSON-body endpoint accepts.
     *
     * @throws RequestValidationException for a missing, non-JSON or malformed body
     */
    static JsonNode read(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new RequestValidationException(ValidationIssue.missing(List.of("body")));
        }
        if (!isJson(ctx.header("Content-Type"))) {
            throw new RequestValidationException(
                    new ValidationIssue(List.of("body"), "value is not a valid dict", "type_error.dict"));
        }
        try {
            return JsonDialect.parse(body);
        } catch (JsonProcessingException e) {
            long offset = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
            var message = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
            throw new RequestValidationException(new ValidationIssue(List.of("body", offset), message,
                    "value_error.jsondecode"));
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    }
}
