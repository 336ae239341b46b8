package org.ertstorage.application.port.in.record;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;

/** The observations attached to a record, found by the single-record lookup. */
public interface RecordObservationsUseCase {

    /**
     * Replaces the record's observations with those of the ids that exist in its experiment.
     *
     * @throws org.ertstorage.domain.DomainRuleViolation when none of the ids does (422) or the
     *         ensemble is complete (409)
     */
    void attach(EnsembleId ensembleId, String name, Optional<Integer> realization, List<ObservationId> observations);

    List<Observation> list(EnsembleId ensembleId, String name, Optional<Integer> realization);
}
