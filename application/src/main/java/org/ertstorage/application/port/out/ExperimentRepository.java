package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;

/** Stores experiments with their priors. */
public interface ExperimentRepository {

    void add(Experiment experiment);

    Optional<Experiment> find(ExperimentId id);

    /** Every experiment, in creation order. */
    List<Experiment> findAll();

    /**
     * Deletes the experiment and everything under it: priors, observations, ensembles with their
     * records, blocks and links, and every update that touches one of its ensembles.
     *
     * @return false when there was no such experiment
     */
    boolean delete(ExperimentId id);

    /** The experiments with these ids, in creation order; unknown ids are left out. */
    List<Experiment> findByIds(Collection<ExperimentId> ids);
}
