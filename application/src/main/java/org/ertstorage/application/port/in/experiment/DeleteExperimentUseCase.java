package org.ertstorage.application.port.in.experiment;

import org.ertstorage.domain.experiment.ExperimentId;

/** Deletes an experiment with everything under it, all or nothing. */
public interface DeleteExperimentUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    void delete(ExperimentId id);
}
