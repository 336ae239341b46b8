package org.ertstorage.application.port.in.transfer;

import java.util.Objects;
import org.ertstorage.domain.experiment.ExperimentId;

/**
 * The experiment an import stored, or, when its key had been imported before, the one that import stored.
 *
 * @param alreadyImported true when nothing was stored now
 */
public record ImportOutcome(ExperimentId experimentId, boolean alreadyImported) {

    public ImportOutcome {
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
    }
}
