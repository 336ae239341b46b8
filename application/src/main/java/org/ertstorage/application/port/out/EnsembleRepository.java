package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.experiment.ExperimentId;

/** Stores ensembles. */
public interface EnsembleRepository {

    void add(Ensemble ensemble);

    Optional<Ensemble> find(EnsembleId id);

    /** The ensembles of an experiment, in creation order. */
    List<Ensemble> findByExperiment(ExperimentId experimentId);

    /** The ensemble ids of each given experiment in creation order; experiments without any map to an empty list. */
    Map<ExperimentId, List<EnsembleId>> idsByExperiment(Collection<ExperimentId> experimentIds);

    /** Sets the lifecycle state; the other fields of an ensemble never change. */
    void updateState(EnsembleId id, EnsembleState state);

    /** The ensembles with these ids, in creation order; unknown ids are left out. */
    List<Ensemble> findByIds(Collection<EnsembleId> ids);
}
