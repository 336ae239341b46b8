package org.ertstorage.application.port.in.ensemble;

import java.util.List;
import org.ertstorage.domain.experiment.ExperimentId;

/** Lists the ensembles of an experiment in creation order. */
public interface ListEnsemblesUseCase {

    /** @throws org.ertstorage.application.port.in.NotFoundException for an unknown experiment */
    List<EnsembleDetails> ofExperiment(ExperimentId experimentId);
}
