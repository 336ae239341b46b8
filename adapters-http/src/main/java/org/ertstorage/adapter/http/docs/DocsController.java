package org.ertstorage.adapter.http.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ertstorage.adapter.http.error.PlainError;

/**
 * The documentation pages: the hand-written OpenAPI document, Swagger UI and ReDoc rendering it,
 * and their scripts and styles from the webjars in the jar (the machines that serve them are offline).
 */
public final class DocsController {

    /** Only these webjars are served, so the route cannot reach other class path resources. */
    private static final List<String> WEBJARS = List.of("swagger-ui", "redoc", "graphiql", "react", "react-dom");

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "png", "image/png",
            "map", "application/json");

    private final byte[] openApi = ownResource("openapi.json");
    private final byte[] swaggerUi = ownResource("swagger-ui.html");
    private final byte[] redoc = ownResource("redoc.html");
    private final byte[] oauth2Redirect = ownResource("oauth2-redirect.html");

    public void openApi(Context ctx) {
        ctx.status(200).contentType("application/json").result(openApi);
    }

    public void swaggerUi(Context ctx) {
        html(ctx, swaggerUi);
    }

    public void redoc(Context ctx) {
        html(ctx, redoc);
    }

    public void oauth2Redirect(Context ctx) {
        html(ctx, oauth2Redirect);
    }

    /** {@code /webjars/<webjar>/<version>/<file>}, the standard webjar layout under {@code META-INF/resources}. */
    public void webjarAsset(Context ctx) {
        String path = ctx.pathParam("path");
        List<String> segments = List.of(path.split("/", -1));
        boolean assetFile = segments.size() >= 3 && WEBJARS.contains(segments.getFirst())
                && segments.stream().noneMatch(s -> s.isEmpty() || s.startsWith(".")) && segments.getLast().contains(".");
        if (!assetFile) {
            throw new PlainError(404, "Not Found");
        }
        // Not a package directory, so the webjar's module does not encapsulate it.
        InputStream asset = DocsController.class.getClassLoader().getResourceAsStream("META-INF/resources/webjars/" + path);
        if (asset == null) {
            throw new PlainError(404, "Not Found");
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        ctx.status(200).contentType(CONTENT_TYPES.getOrDefault(extension, "application/octet-stream")).result(asset);
    }

    private static void html(Context ctx, byte[] page) {
        ctx.status(200).contentType("text/html; charset=utf-8").result(page);
    }

    static byte[] ownResource(String name) {
        try (InputStream in = DocsController.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource '" + name + "' is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
