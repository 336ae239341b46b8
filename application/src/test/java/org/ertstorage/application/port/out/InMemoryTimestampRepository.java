package org.ertstorage.application.port.out;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ertstorage.domain.Timestamps;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.record.RecordId;

/** Times of the entities kept in memory; the fakes keep no clock, so an entity is stamped when its time is first read. */
public final class InMemoryTimestampRepository implements TimestampRepository {

    private final InMemoryData data;
    private final Map<UUID, Timestamps> stamped = new ConcurrentHashMap<>();

    InMemoryTimestampRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Map<UUID, Timestamps> of(Timestamps.Of kind, Collection<UUID> ids) {
        var times = new HashMap<UUID, Timestamps>();
        ids.stream().filter(id -> exists(kind, id)).forEach(id -> times.put(id, stamped.computeIfAbsent(id, unused -> {
            var now = LocalDateTime.now();
            return new Timestamps(now, now);
        })));
        return times;
    }

    private boolean exists(Timestamps.Of kind, UUID id) {
        return switch (kind) {
            case EXPERIMENT -> data.experiments.containsKey(new ExperimentId(id));
            case ENSEMBLE -> data.ensembles.containsKey(new EnsembleId(id));
            case RECORD -> data.records.containsKey(new RecordId(id));
        };
    }
}
