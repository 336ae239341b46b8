package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetcher;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.ertstorage.adapter.http.graphql.GraphQlBatchLoaders.Timed;
import org.ertstorage.domain.Timestamps;

/** {@code timeCreated} and {@code timeUpdated} of experiments, ensembles and records, batched per request. */
final class TimestampFetchers {

    private final Timestamps.Of kind;
    private final Function<Object, UUID> id;

    /** @param id the entity id of the GraphQL source object */
    TimestampFetchers(Timestamps.Of kind, Function<Object, UUID> id) {
        this.kind = kind;
        this.id = id;
    }

    DataFetcher<CompletableFuture<String>> created() {
        return field(Timestamps::created);
    }

    DataFetcher<CompletableFuture<String>> updated() {
        return field(Timestamps::updated);
    }

    private DataFetcher<CompletableFuture<String>> field(Function<Timestamps, java.time.LocalDateTime> time) {
        return env -> GraphQlBatchLoaders.timestamps(env).load(new Timed(kind, id.apply(env.getSource())))
                .thenApply(times -> times == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time.apply(times)));
    }
}
