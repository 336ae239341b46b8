package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.RecordClass;

/** {@code Ensemble} and {@code CreateEnsemble}: relations resolved through the request's batch loaders. */
final class EnsembleFetchers {

    DataFetcher<CompletableFuture<ExperimentNode>> experiment() {
        return env -> GraphQlBatchLoaders.experiments(env).load(source(env).details().ensemble().experimentId());
    }

    DataFetcher<CompletableFuture<List<UpdateNode>>> children() {
        return env -> GraphQlBatchLoaders.updates(env).load(id(env))
                .thenApply(updates -> updates.children().stream().map(UpdateNode::from).toList());
    }

    DataFetcher<CompletableFuture<UpdateNode>> parent() {
        return env -> GraphQlBatchLoaders.updates(env).load(id(env))
                .thenApply(updates -> updates.parent().map(UpdateNode::from).orElse(null));
    }

    /** Result ensembles of the child updates; updates without a result are left out (DEFECTS D-50). */
    DataFetcher<CompletableFuture<List<EnsembleNode>>> childEnsembles() {
        return env -> GraphQlBatchLoaders.ensembles(env).loadMany(source(env).details().lineage().children());
    }

    DataFetcher<CompletableFuture<EnsembleNode>> parentEnsemble() {
        return env -> source(env).details().lineage().parent()
                .map(parent -> GraphQlBatchLoaders.ensembles(env).load(parent))
                .orElse(CompletableFuture.completedFuture(null));
    }

    DataFetcher<CompletableFuture<List<RecordNode>>> responses() {
        return env -> {
            List<String> names = env.getArgument("names");
            return records(env, record -> record.info().recordClass() == RecordClass.RESPONSE
                    && (names == null || names.contains(record.name())));
        };
    }

    DataFetcher<CompletableFuture<List<RecordInfoNode>>> uniqueResponses() {
        return env -> GraphQlBatchLoaders.records(env).load(id(env)).thenApply(records -> {
            var infos = new LinkedHashMap<String, RecordInfoNode>();
            records.stream().filter(record -> record.info().recordClass() == RecordClass.RESPONSE)
                    .forEach(record -> infos.putIfAbsent(record.name(), RecordInfoNode.from(record.info())));
            return List.copyOf(infos.values());
        });
    }

    DataFetcher<CompletableFuture<List<RecordNode>>> parameters() {
        return env -> records(env, record -> record.info().recordClass() == RecordClass.PARAMETER);
    }

    private static CompletableFuture<List<RecordNode>> records(DataFetchingEnvironment env, Predicate<EnsembleRecord> filter) {
        return GraphQlBatchLoaders.records(env).load(id(env))
                .thenApply(records -> records.stream().filter(filter).map(RecordNode::from).toList());
    }

    private static EnsembleNode source(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static EnsembleId id(DataFetchingEnvironment env) {
        return source(env).details().ensemble().id();
    }
}
