package org.ertstorage.application.port.in.observation;

import java.util.List;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;

/** Reads observation groups, of an experiment or as seen by an ensemble. */
public interface ListObservationsUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown experiment */
    List<Observation> ofExperiment(ExperimentId experimentId);

    /**
     * The observations of the ensemble's experiment, each with the transformation of the update
     * whose result the ensemble is, where that update transformed it.
     *
     * @throws org.ertstorage.application.port.in.NotFoundException for an unknown ensemble
     */
    List<ObservationDetails> ofEnsemble(EnsembleId ensembleId);

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown id */
    Observation get(ObservationId id);
}
