package org.ertstorage.application.port.in.ensemble;

import org.ertstorage.domain.ensemble.EnsembleId;

/** Marks an ensemble complete: its records are final from then on. Idempotent. */
public interface CompleteEnsembleUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    EnsembleDetails complete(EnsembleId id);
}
