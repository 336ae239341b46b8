package org.ertstorage.adapter.http;

import java.util.Locale;

/** What the API does with a query parameter its operation does not declare in {@code /openapi.json}. */
public enum UnknownQueryParameters {
    /** 422, as FastAPI with a query model that forbids extras. */
    REFUSE,
    /** Accepted and not read, as the original did: for clients that send extra parameters. */
    IGNORE;

    /** @throws IllegalArgumentException unless the text is {@code refuse} or {@code ignore}, in any case */
    public static UnknownQueryParameters parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "refuse" -> REFUSE;
            case "ignore" -> IGNORE;
            default -> throw new IllegalArgumentException("must be refuse or ignore, got '" + text + "'");
        };
    }
}
