package org.ertstorage.adapter.http.graphql;

import java.util.List;
import java.util.UUID;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.domain.ensemble.EnsembleId;

/** An {@code Experiment} or {@code CreateExperiment}; times are not stored by this server and resolve to null. */
public record ExperimentNode(UUID id, String pk, String name, String userdata, String priors, List<EnsembleId> ensembleIds) {

    static ExperimentNode from(ExperimentDetails details) {
        var experiment = details.experiment();
        UUID id = experiment.id().value();
        return new ExperimentNode(id, Integer.toString(RowKeys.of(id)), experiment.name(),
                Json.pythonSpacing(experiment.userdata().toJson()), Json.priors(experiment.priors()), details.ensembleIds());
    }
}
