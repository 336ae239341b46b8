package org.ertstorage.application.port.in.update;

/** Records that an algorithm starts from a reference ensemble; the result is linked later. */
public interface CreateUpdateUseCase {

    /**
     * @throws org.ertstorage.application.port.in.NotFoundException for a missing or unknown reference
     * @throws org.ertstorage.domain.DomainRuleViolation for a transformation that does not fit
     */
    UpdateDetails create(CreateUpdateCommand command);
}
