package org.ertstorage.adapter.http.graphql;

import java.util.List;
import java.util.UUID;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;

/** An {@code Ensemble} or {@code CreateEnsemble}. */
public record EnsembleNode(UUID id, String pk, int size, List<Integer> activeRealizations, List<String> parameterNames,
        List<String> responseNames, String userdata, int experimentPk, EnsembleDetails details) {

    static EnsembleNode from(EnsembleDetails details) {
        var ensemble = details.ensemble();
        UUID id = ensemble.id().value();
        return new EnsembleNode(id, Integer.toString(RowKeys.of(id)), ensemble.size(),
                ensemble.activeRealizations().indices(), ensemble.names().parameterNames(),
                ensemble.names().responseNames(), Json.pythonSpacing(ensemble.userdata().toJson()),
                RowKeys.of(ensemble.experimentId().value()), details);
    }
}
