package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetcher;
import java.util.concurrent.CompletableFuture;

/** {@code Update}: its reference and result ensembles. */
final class UpdateFetchers {

    DataFetcher<CompletableFuture<EnsembleNode>> ensembleReference() {
        return env -> GraphQlBatchLoaders.ensembles(env).load(env.<UpdateNode>getSource().update().reference());
    }

    DataFetcher<CompletableFuture<EnsembleNode>> ensembleResult() {
        return env -> env.<UpdateNode>getSource().update().result()
                .map(result -> GraphQlBatchLoaders.ensembles(env).load(result))
                .orElse(CompletableFuture.completedFuture(null));
    }
}
