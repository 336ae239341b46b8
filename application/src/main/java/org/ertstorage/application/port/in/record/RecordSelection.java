package org.ertstorage.application.port.in.record;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.record.LabelRange;
import org.ertstorage.domain.record.RealizationSet;

/**
 * The part of an ensemble-wide read a client asks for: some realizations (forward-model records,
 * or rows of an ensemble-wide record) and a range of column labels; empty and {@link LabelRange#ALL} keep everything.
 */
public record RecordSelection(Optional<RealizationSet> realizations, LabelRange labels) {

    public static final RecordSelection ALL = new RecordSelection(Optional.empty(), LabelRange.ALL);

    public RecordSelection {
        Objects.requireNonNull(realizations, "'realizations' must not be null");
        Objects.requireNonNull(labels, "'labels' must not be null");
    }
}
