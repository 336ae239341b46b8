package org.ertstorage.application.port.in.transfer;

import org.ertstorage.domain.experiment.ExperimentId;

/** Reads an experiment whole, for a batch job that writes it out. */
public interface ExportExperimentUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown experiment */
    ExperimentSnapshot snapshot(ExperimentId id);
}
