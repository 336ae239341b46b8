package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * Where records of one name already exist in an ensemble: one ensemble-wide record, or one per
 * realization, never both.
 */
public record RecordSlots(EnsembleId ensembleId, String name, boolean ensembleWide, Set<Integer> realizations) {

    public RecordSlots {
        Objects.requireNonNull(ensembleId, "'ensembleId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        realizations = Set.copyOf(Objects.requireNonNull(realizations, "'realizations' must not be null"));
    }

    public static RecordSlots empty(EnsembleId ensembleId, String name) {
        return new RecordSlots(ensembleId, name, false, Set.of());
    }

    /**
     * @throws RecordAlreadyExists when the place is taken, or when an ensemble-wide record would
     *     stand beside forward-model records of the name
     */
    public void requireFree(Optional<Integer> realization) {
        if (ensembleWide || realization.map(realizations::contains).orElse(false)) {
            throw RecordAlreadyExists.at(name, ensembleId);
        }
        if (realization.isEmpty() && !realizations.isEmpty()) {
            throw RecordAlreadyExists.besideForwardModelRecords(name, ensembleId);
        }
    }
}
