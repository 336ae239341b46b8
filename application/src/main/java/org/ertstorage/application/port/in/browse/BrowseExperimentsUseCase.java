package org.ertstorage.application.port.in.browse;

import java.util.Collection;
import java.util.Map;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.domain.experiment.ExperimentId;

/** Reads many experiments at once; unknown ids are absent from the answer. */
public interface BrowseExperimentsUseCase {
    Map<ExperimentId, ExperimentDetails> experiments(Collection<ExperimentId> ids);
}
