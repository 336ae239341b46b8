package org.ertstorage.application.port.in.record;

import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;

public interface FindRecordUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException (item) for an unknown id */
    RecordDetails byId(RecordId id);

    /**
     * The single-record lookup: the record of exactly this slot, else, when a realization was
     * asked for, the ensemble-wide numeric record of the name.
     *
     * @throws org.ertstorage.application.port.in.NotFoundException (record) when neither exists
     */
    RecordDetails find(EnsembleId ensembleId, String name, Optional<Integer> realization);
}
