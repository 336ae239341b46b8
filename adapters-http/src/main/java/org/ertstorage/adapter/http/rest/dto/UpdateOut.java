package org.ertstorage.adapter.http.rest.dto;

import java.util.UUID;
import org.ertstorage.application.port.in.update.UpdateDetails;
import org.ertstorage.domain.ensemble.EnsembleId;

/** An update as the API shows it; {@code experiment_id} is that of the reference ensemble. */
public record UpdateOut(String algorithm, UUID ensembleResultId, UUID ensembleReferenceId, UUID id, UUID experimentId) {

    public static UpdateOut from(UpdateDetails details) {
        var update = details.update();
        return new UpdateOut(update.algorithm(), update.result().map(EnsembleId::value).orElse(null),
                update.reference().value(), update.id().value(), details.experimentId().value());
    }
}
