package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetcher;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code Experiment} and {@code CreateExperiment}: their ensembles, batched across experiments. */
final class ExperimentFetchers {

    DataFetcher<CompletableFuture<List<EnsembleNode>>> ensembles() {
        return env -> {
            ExperimentNode experiment = env.getSource();
            return GraphQlBatchLoaders.ensembles(env).loadMany(experiment.ensembleIds());
        };
    }
}
