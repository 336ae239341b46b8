package org.ertstorage.application.port.in.record;

import java.util.Objects;
import org.ertstorage.domain.record.EnsembleRecord;

public record RecordDetails(EnsembleRecord record, boolean hasObservations) {

    public RecordDetails {
        Objects.requireNonNull(record, "'record' must not be null");
    }
}
