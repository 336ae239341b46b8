package org.ertstorage.adapter.http.graphql;

import org.ertstorage.adapter.http.HttpUseCases;
import graphql.schema.DataFetcher;
import java.util.List;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;

/** The root fields of {@code Query}. */
final class QueryFetchers {

    private final HttpUseCases useCases;

    QueryFetchers(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    DataFetcher<List<ExperimentNode>> experiments() {
        return env -> useCases.listExperiments().list().stream().map(ExperimentNode::from).toList();
    }

    DataFetcher<ExperimentNode> experiment() {
        return env -> ExperimentNode.from(useCases.getExperiment().get(new ExperimentId(GraphQlArguments.uuid(env, "id"))));
    }

    DataFetcher<EnsembleNode> ensemble() {
        return env -> EnsembleNode.from(useCases.getEnsemble().get(new EnsembleId(GraphQlArguments.uuid(env, "id"))));
    }
}
