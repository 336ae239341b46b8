package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetcher;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** {@code Parameter}, {@code Response} and {@code UniqueResponse}: records and their per-name info. */
final class RecordFetchers {

    DataFetcher<RecordInfoNode> recordInfo() {
        return env -> RecordInfoNode.from(env.<RecordNode>getSource().record().info());
    }

    /** The prior named at upload, looked up in the experiment of the record's ensemble. */
    DataFetcher<CompletableFuture<String>> prior() {
        return env -> {
            var info = env.<RecordNode>getSource().record().info();
            if (info.prior().isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            return GraphQlBatchLoaders.experimentOfEnsemble(env).load(info.ensembleId()).thenApply(experiment -> {
                var prior = experiment == null ? null : experiment.experiment().priors().get(info.prior().orElseThrow());
                return prior == null ? null : Json.prior(prior);
            });
        };
    }

    DataFetcher<CompletableFuture<EnsembleNode>> infoEnsemble() {
        return env -> GraphQlBatchLoaders.ensembles(env).load(env.<RecordInfoNode>getSource().info().ensembleId());
    }

    DataFetcher<CompletableFuture<List<RecordNode>>> infoRecords() {
        return env -> {
            var info = env.<RecordInfoNode>getSource().info();
            return GraphQlBatchLoaders.records(env).load(info.ensembleId()).thenApply(records -> records.stream()
                    .filter(record -> record.name().equals(info.name())).map(RecordNode::from).toList());
        };
    }
}
