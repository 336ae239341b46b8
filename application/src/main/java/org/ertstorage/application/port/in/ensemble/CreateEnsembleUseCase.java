package org.ertstorage.application.port.in.ensemble;

/** Creates an ensemble and, when it names an update, links it as that update's result. */
public interface CreateEnsembleUseCase {

    /**
     * @throws org.ertstorage.application.port.in.NotFoundException for an unknown experiment or update
     * @throws org.ertstorage.domain.DomainRuleViolation for bad active realizations or a used update
     */
    EnsembleDetails create(CreateEnsembleCommand command);
}
