package org.ertstorage.adapter.http.ops;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request carries an id, echoed in {@code X-Request-Id} on every answer and named in the access
 * log and in error logs, so one request can be followed from a client or load balancer into the logs.
 * A sane id sent by the client is kept; anything else is replaced by a fresh UUID.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    /** Letters, digits and the punctuation of UUIDs, ULIDs, base64 and trace ids; never spaces or line breaks. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");
    private static final String ATTRIBUTE = "ert-storage.request-id";

    private RequestIds() {
    }

    /** Gives the request its id and puts it on the answer; runs before every handler. */
    public static void assign(Context ctx) {
        var id = acceptOrGenerate(ctx.header(HEADER));
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /** The request's id, or {@code -} for a request that never reached {@link #assign}. */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    static String acceptOrGenerate(String sent) {
        return sent != null && SANE.matcher(sent).matches() ? sent : fresh();
    }

    /**
     * A random (version 4) UUID from the thread's generator: an id to follow a request by needs to be
     * unique, not unguessable, and {@link UUID#randomUUID()}'s shared SecureRandom is a lock that
     * every request of every thread would take.
     */
    private static String fresh() {
        var random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0x3L << 62) | (0x2L << 62);
        return new UUID(high, low).toString();
    }
}
