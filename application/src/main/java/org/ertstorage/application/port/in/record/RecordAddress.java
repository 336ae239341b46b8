package org.ertstorage.application.port.in.record;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * A record as the blob routes name it: ensemble, record name and, for a forward-model record,
 * the realization.
 *
 * @param realization empty for the ensemble-wide record
 */
public record RecordAddress(EnsembleId ensembleId, String name, Optional<Integer> realization) {

    public RecordAddress {
        Objects.requireNonNull(ensembleId, "'ensembleId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(realization, "'realization' must not be null");
    }
}
