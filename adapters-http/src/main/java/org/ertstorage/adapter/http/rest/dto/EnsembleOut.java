package org.ertstorage.adapter.http.rest.dto;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import java.util.UUID;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * An ensemble as the API shows it, with the reference's alias names {@code child_ensemble_ids} and
 * {@code parent_ensemble_id}, plus {@code complete}, this server's lifecycle flag.
 */
public record EnsembleOut(
        int size,
        List<String> parameterNames,
        List<String> responseNames,
        List<Integer> activeRealizations,
        UUID id,
        List<UUID> childEnsembleIds,
        UUID parentEnsembleId,
        UUID experimentId,
        @JsonRawValue String userdata,
        boolean complete) {

    public static EnsembleOut from(EnsembleDetails details) {
        var ensemble = details.ensemble();
        var lineage = details.lineage();
        return new EnsembleOut(ensemble.size(), ensemble.names().parameterNames(), ensemble.names().responseNames(),
                ensemble.activeRealizations().indices(), ensemble.id().value(),
                lineage.children().stream().map(EnsembleId::value).toList(),
                lineage.parent().map(EnsembleId::value).orElse(null), ensemble.experimentId().value(),
                ensemble.userdata().toJson(), ensemble.isComplete());
    }
}
