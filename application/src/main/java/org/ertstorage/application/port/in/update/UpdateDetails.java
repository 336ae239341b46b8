package org.ertstorage.application.port.in.update;

import java.util.Objects;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.update.Update;

/** An update with the experiment of its reference ensemble. */
public record UpdateDetails(Update update, ExperimentId experimentId) {

    public UpdateDetails {
        Objects.requireNonNull(update, "'update' must not be null");
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
    }
}
