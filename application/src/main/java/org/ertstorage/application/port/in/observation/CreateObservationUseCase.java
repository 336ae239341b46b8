package org.ertstorage.application.port.in.observation;

import org.ertstorage.domain.observation.Observation;

/** Creates an observation group in an experiment. */
public interface CreateObservationUseCase {

    /**
     * @throws org.ertstorage.application.port.in.NotFoundException for an unknown experiment or record
     * @throws org.ertstorage.domain.DomainRuleViolation for a taken name or mismatched lengths
     */
    Observation create(CreateObservationCommand command);
}
