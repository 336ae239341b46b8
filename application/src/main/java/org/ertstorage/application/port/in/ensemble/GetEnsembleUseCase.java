package org.ertstorage.application.port.in.ensemble;

import org.ertstorage.domain.ensemble.EnsembleId;

/** Reads one ensemble. */
public interface GetEnsembleUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    EnsembleDetails get(EnsembleId id);
}
