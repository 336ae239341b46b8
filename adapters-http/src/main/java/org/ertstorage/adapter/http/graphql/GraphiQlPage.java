package org.ertstorage.adapter.http.graphql;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The GraphiQL page at {@code GET /gql} for browsers; its scripts come from webjars in the jar (no CDN). */
public final class GraphiQlPage {

    private final byte[] html = load();

    public void serve(Context ctx) {
        ctx.status(200).contentType("text/html; charset=utf-8").result(html);
    }

    private static byte[] load() {
        try (InputStream in = GraphiQlPage.class.getResourceAsStream("graphiql.html")) {
            if (in == null) {
                throw new IllegalStateException("graphiql.html is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
