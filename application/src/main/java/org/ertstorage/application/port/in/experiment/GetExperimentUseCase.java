package org.ertstorage.application.port.in.experiment;

import org.ertstorage.domain.experiment.ExperimentId;

/** Reads one experiment. */
public interface GetExperimentUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    ExperimentDetails get(ExperimentId id);
}
