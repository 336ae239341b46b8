package org.ertstorage.application.port.in.record;

import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordTable;

public interface ComputeMisfitsUseCase {

    /**
     * Misfits of the forward-model records named {@code responseName} that have observations,
     * against the first observation of the first of them (the original supports one per response).
     *
     * @param realization only that realization's record; NotFoundException (item) when it has none
     * @param summary one column: per realization, the sum of absolute misfits
     * @throws org.ertstorage.domain.observation.MisfitsUnavailable (422) when they cannot be computed
     */
    RecordTable misfits(EnsembleId ensembleId, String responseName, Optional<Integer> realization, boolean summary);
}
