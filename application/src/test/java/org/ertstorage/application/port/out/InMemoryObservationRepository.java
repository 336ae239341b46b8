package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.observation.ObservationNameTaken;

/** Observations kept in memory. */
public final class InMemoryObservationRepository implements ObservationRepository {

    private final InMemoryData data;

    InMemoryObservationRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void add(Observation observation) {
        boolean taken = data.observations.values().stream().anyMatch(o ->
                o.experimentId().equals(observation.experimentId()) && o.name().equals(observation.name()));
        if (taken) {
            throw new ObservationNameTaken(observation.name(), observation.experimentId());
        }
        data.observations.put(observation.id(), observation);
        observation.records().forEach(record -> data.links.add(new InMemoryData.Link(observation.id(), record)));
    }

    @Override
    public Optional<Observation> find(ObservationId id) {
        return Optional.ofNullable(data.observations.get(id));
    }

    @Override
    public List<Observation> findByExperiment(ExperimentId experimentId) {
        return data.observations.values().stream().filter(o -> o.experimentId().equals(experimentId)).toList();
    }

    @Override
    public List<Observation> findByIds(Collection<ObservationId> ids) {
        return ids.stream().distinct().map(data.observations::get).filter(java.util.Objects::nonNull).toList();
    }
}
