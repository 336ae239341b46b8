package org.ertstorage.batch;

import java.io.PrintStream;
import java.util.Locale;

/** Progress of a long run on stderr: records done of the total, megabytes and MB/s, at most once a second and at the end. */
final class Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final String verb;
    private final int total;
    private final long started = System.nanoTime();
    private long lastPrinted = started;
    private int done;
    private long bytes;

    Progress(PrintStream err, String verb, int total) {
        this.err = err;
        this.verb = verb;
        this.total = total;
    }

    void recordDone(long recordBytes) {
        done++;
        bytes += recordBytes;
        long now = System.nanoTime();
        if (now - lastPrinted >= INTERVAL_NANOS) {
            lastPrinted = now;
            print(now);
        }
    }

    void finish() {
        print(System.nanoTime());
    }

    private void print(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-9);
        double megabytes = bytes / 1e6;
        err.println(String.format(Locale.ROOT, "%s: %d/%d records, %.1f MB, %.1f MB/s", verb, done, total, megabytes,
                megabytes / seconds));
    }
}
