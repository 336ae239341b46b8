package org.ertstorage.adapter.persistence.jdbi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ertstorage.domain.record.Labels;

/**
 * Labels read row after row, each parsed only when it differs from the one before: the records of
 * one name usually share their labels (1,000 dates of a response, read for each of 100
 * realizations), and their records then share one parsed value.
 */
final class RepeatedLabels {

    private String key;
    private Optional<Labels> parsed = Optional.empty();

    /** The labels of a stored text, null for none. */
    Optional<Labels> read(String text) {
        return read(text, () -> text);
    }

    /**
     * The labels known by {@code key} (their text, or a digest of it; null for none), whose text
     * is asked of {@code text} only when the key differs from the one before.
     */
    Optional<Labels> read(String key, Supplier<String> text) {
        if (!Objects.equals(key, this.key)) {
            parsed = key == null ? Optional.empty() : LabelsJson.read(text.get());
            this.key = key;
        }
        return parsed;
    }
}
