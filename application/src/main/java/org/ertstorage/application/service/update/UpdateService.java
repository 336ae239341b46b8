package org.ertstorage.application.service.update;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ertstorage.application.port.in.NotFoundException;
import org.ertstorage.application.port.in.update.CreateUpdateCommand;
import org.ertstorage.application.port.in.update.CreateUpdateUseCase;
import org.ertstorage.application.port.in.update.GetUpdateUseCase;
import org.ertstorage.application.port.in.update.UpdateDetails;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.update.TransformationSpec;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** The update use cases. */
public final class UpdateService implements CreateUpdateUseCase, GetUpdateUseCase {

    private final Transactions transactions;

    public UpdateService(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    @Override
    public UpdateDetails create(CreateUpdateCommand command) {
        return transactions.inTransaction(repositories -> {
            var referenceId = command.reference()
                    .orElseThrow(() -> new NotFoundException(NotFoundException.Subject.ITEM, "Update needs a reference ensemble"));
            var reference = repositories.ensembles().find(referenceId).orElseThrow(() -> NotFoundException.item("Ensemble", referenceId));
            var observations = repositories.observations()
                    .findByIds(command.transformations().stream().map(TransformationSpec::observationId).toList())
                    .stream()
                    .collect(Collectors.toMap(Observation::id, Function.identity()));
            var update = Update.create(command.algorithm(), reference, command.transformations(), observations);
            repositories.updates().add(update);
            return new UpdateDetails(update, reference.experimentId());
        });
    }

    @Override
    public UpdateDetails get(UpdateId id) {
        return transactions.inTransaction(repositories -> {
            var update = repositories.updates().find(id).orElseThrow(() -> NotFoundException.item("Update", id));
            var reference = repositories.ensembles().find(update.reference()).orElseThrow(() -> NotFoundException.item("Ensemble", update.reference()));
            return new UpdateDetails(update, reference.experimentId());
        });
    }
}
