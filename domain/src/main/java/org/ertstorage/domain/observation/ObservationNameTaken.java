package org.ertstorage.domain.observation;

import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.experiment.ExperimentId;

/** A second observation of the same name in one experiment. */
public final class ObservationNameTaken extends DomainRuleViolation {

    public ObservationNameTaken(String name, ExperimentId experimentId) {
        super(Category.CONFLICT, "Observation '" + name + "' already exists in experiment '" + experimentId + "'");
    }
}
