package org.ertstorage.application.port.in.experiment;

import java.util.Map;
import org.ertstorage.domain.prior.Prior;

/** Creates an experiment with its priors. */
public interface CreateExperimentUseCase {

    ExperimentDetails create(String name, Map<String, Prior> priors);
}
