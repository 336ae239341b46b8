package org.ertstorage.adapter.persistence.jdbi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ertstorage.domain.record.Labels;

/**
 * Parsed labels shared by every read, known by a SHA-256 digest of their stored text that the
 * database computes. ERT's records of one name share their labels (the 1,000 dates of a response,
 * for each of 100 realizations and every ensemble of the experiment), so a read fetches and parses
 * a text the first time it meets it and afterwards receives 64 hex digits instead of the text.
 * Labels are immutable values, which makes sharing them safe. The least recently used go first
 * once the entries hold more than {@code capacity} label values together.
 */
final class LabelsCache {

    /** About 20 MB of typical date labels. */
    static final int DEFAULT_CAPACITY = 1 << 18;

    private final int capacity;
    private final LinkedHashMap<String, Labels> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    LabelsCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The labels whose text has {@code digest} (null for an unlabeled matrix); {@code text} is asked
     * for the text only when they are not held.
     */
    Optional<Labels> read(String digest, Supplier<String> text) {
        if (digest == null) {
            return Optional.empty();
        }
        Labels labels;
        synchronized (this) {
            labels = entries.get(digest);
        }
        if (labels == null) {
            labels = LabelsJson.read(text.get())
                    .orElseThrow(() -> new IllegalStateException("Labels with digest " + digest + " have no text"));
            hold(digest, labels);
        }
        return Optional.of(labels);
    }

    private synchronized void hold(String digest, Labels labels) {
        long weight = weight(labels);
        if (weight > capacity || entries.containsKey(digest)) {
            return;
        }
        entries.put(digest, labels);
        held += weight;
        var eldest = entries.entrySet().iterator();
        while (held > capacity) {
            Map.Entry<String, Labels> evicted = eldest.next();
            held -= weight(evicted.getValue());
            eldest.remove();
        }
    }

    private static long weight(Labels labels) {
        return 1L + labels.columns().values().size() + labels.rows().values().size();
    }
}
