package org.ertstorage.application.port.in.experiment;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.Experiment;

/** An experiment with the ids of its ensembles, in creation order. */
public record ExperimentDetails(Experiment experiment, List<EnsembleId> ensembleIds) {

    public ExperimentDetails {
        Objects.requireNonNull(experiment, "'experiment' must not be null");
        ensembleIds = List.copyOf(Objects.requireNonNull(ensembleIds, "'ensembleIds' must not be null"));
    }
}
