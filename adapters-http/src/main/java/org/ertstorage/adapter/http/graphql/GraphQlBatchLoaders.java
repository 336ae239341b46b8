package org.ertstorage.adapter.http.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;
import org.ertstorage.adapter.http.HttpUseCases;
import org.ertstorage.application.port.in.browse.EnsembleUpdates;
import org.ertstorage.application.port.in.experiment.ExperimentDetails;
import org.ertstorage.domain.Timestamps;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.EnsembleRecord;

/**
 * The data loaders of one request: each collects the keys a level of the query asks for and
 * answers them with one batched use-case call. A new registry per request, so no cache is shared
 * between clients.
 */
final class GraphQlBatchLoaders {

    static final String EXPERIMENTS = "experiments";
    static final String ENSEMBLES = "ensembles";
    static final String RECORDS = "records";
    static final String UPDATES = "updates";
    static final String EXPERIMENT_OF_ENSEMBLE = "experimentOfEnsemble";
    static final String TIMESTAMPS = "timestamps";

    /** An entity whose times a field shows. */
    record Timed(Timestamps.Of kind, UUID id) {
    }

    private final HttpUseCases useCases;

    GraphQlBatchLoaders(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    DataLoaderRegistry newRegistry() {
        return DataLoaderRegistry.newRegistry()
                .register(EXPERIMENTS, loader((Set<ExperimentId> ids) -> mapValues(
                        useCases.browseExperiments().experiments(ids), ExperimentNode::from)))
                .register(ENSEMBLES, loader((Set<EnsembleId> ids) -> mapValues(
                        useCases.browseEnsembles().ensembles(ids), EnsembleNode::from)))
                .register(RECORDS, loader((Set<EnsembleId> ids) -> useCases.browseRecords().records(ids)))
                .register(UPDATES, loader((Set<EnsembleId> ids) -> useCases.browseUpdates().updates(ids)))
                .register(EXPERIMENT_OF_ENSEMBLE, loader(this::experimentsOfEnsembles))
                .register(TIMESTAMPS, loader(this::timestampsOf))
                .build();
    }

    private Map<EnsembleId, ExperimentDetails> experimentsOfEnsembles(Set<EnsembleId> ids) {
        var ensembles = useCases.browseEnsembles().ensembles(ids);
        var experiments = useCases.browseExperiments().experiments(
                ensembles.values().stream().map(details -> details.ensemble().experimentId()).distinct().toList());
        var found = new HashMap<EnsembleId, ExperimentDetails>();
        ensembles.forEach((id, details) -> {
            var experiment = experiments.get(details.ensemble().experimentId());
            if (experiment != null) {
                found.put(id, experiment);
            }
        });
        return found;
    }

    /** One use-case call per kind of entity in the batch. */
    private Map<Timed, Timestamps> timestampsOf(Set<Timed> keys) {
        var found = new HashMap<Timed, Timestamps>();
        keys.stream().collect(Collectors.groupingBy(Timed::kind, Collectors.mapping(Timed::id, Collectors.toList())))
                .forEach((kind, ids) -> useCases.browseTimestamps().timestamps(kind, ids)
                        .forEach((id, times) -> found.put(new Timed(kind, id), times)));
        return found;
    }

    static DataLoader<Timed, Timestamps> timestamps(DataFetchingEnvironment env) {
        return env.getDataLoader(TIMESTAMPS);
    }

    static DataLoader<ExperimentId, ExperimentNode> experiments(DataFetchingEnvironment env) {
        return env.getDataLoader(EXPERIMENTS);
    }

    static DataLoader<EnsembleId, EnsembleNode> ensembles(DataFetchingEnvironment env) {
        return env.getDataLoader(ENSEMBLES);
    }

    static DataLoader<EnsembleId, List<EnsembleRecord>> records(DataFetchingEnvironment env) {
        return env.getDataLoader(RECORDS);
    }

    static DataLoader<EnsembleId, EnsembleUpdates> updates(DataFetchingEnvironment env) {
        return env.getDataLoader(UPDATES);
    }

    static DataLoader<EnsembleId, ExperimentDetails> experimentOfEnsemble(DataFetchingEnvironment env) {
        return env.getDataLoader(EXPERIMENT_OF_ENSEMBLE);
    }

    private static <K, V> DataLoader<K, V> loader(Function<Set<K>, Map<K, V>> batch) {
        MappedBatchLoader<K, V> mapped = keys -> call(() -> batch.apply(keys));
        return DataLoaderFactory.newMappedDataLoader(mapped);
    }

    private static <T> CompletionStage<T> call(java.util.function.Supplier<T> work) {
        try {
            return CompletableFuture.completedFuture(work.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <K, A, B> Map<K, B> mapValues(Map<K, A> map, Function<A, B> mapper) {
        var out = new HashMap<K, B>();
        map.forEach((key, value) -> out.put(key, mapper.apply(value)));
        return out;
    }
}
