package org.ertstorage.adapter.persistence.jdbi;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.record.Labels;

/**
 * Labels texts read row after row, each parsed only when it differs from the one before: the
 * records of one name usually share their labels (1,000 dates of a response, read for each of
 * 100 realizations), and their records then share one parsed value.
 */
final class RepeatedLabels {

    private String text;
    private Optional<Labels> parsed = Optional.empty();

    /** The labels of a stored text, null for none. */
    Optional<Labels> read(String next) {
        if (!Objects.equals(next, text)) {
            parsed = LabelsJson.read(next);
            text = next;
        }
        return parsed;
    }
}
