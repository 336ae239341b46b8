package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;

/** Stores observation groups and their links to records. */
public interface ObservationRepository {

    /** @throws org.ertstorage.domain.observation.ObservationNameTaken when the experiment has the name already */
    void add(Observation observation);

    Optional<Observation> find(ObservationId id);

    /** The observations of an experiment, in creation order. */
    List<Observation> findByExperiment(ExperimentId experimentId);

    /** Those of the given observations that exist, in no particular order. */
    List<Observation> findByIds(Collection<ObservationId> ids);
}
