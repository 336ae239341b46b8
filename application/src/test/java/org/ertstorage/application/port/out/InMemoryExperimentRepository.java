package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.record.RecordId;

/** Experiments kept in memory. */
public final class InMemoryExperimentRepository implements ExperimentRepository {

    private final InMemoryData data;

    InMemoryExperimentRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void add(Experiment experiment) {
        data.experiments.put(experiment.id(), experiment);
    }

    @Override
    public Optional<Experiment> find(ExperimentId id) {
        return Optional.ofNullable(data.experiments.get(id));
    }

    @Override
    public List<Experiment> findByIds(Collection<ExperimentId> ids) {
        return data.experiments.values().stream().filter(item -> ids.contains(item.id())).toList();
    }

    @Override
    public List<Experiment> findAll() {
        return List.copyOf(data.experiments.values());
    }

    @Override
    public boolean delete(ExperimentId id) {
        if (data.experiments.remove(id) == null) {
            return false;
        }
        List<EnsembleId> ensembles = data.ensembles.values().stream()
                .filter(e -> e.experimentId().equals(id)).map(Ensemble::id).toList();
        ensembles.forEach(data.ensembles::remove);
        data.observations.values().removeIf(o -> o.experimentId().equals(id));
        Set<RecordId> records = data.records.entrySet().stream()
                .filter(r -> ensembles.contains(r.getValue().ensembleId())).map(Map.Entry::getKey).collect(Collectors.toSet());
        data.records.keySet().removeAll(records);
        data.matrices.keySet().removeAll(records);
        data.recordInfos.removeIf(info -> ensembles.contains(info.ensembleId()));
        data.links.removeIf(link -> records.contains(link.record()) || !data.observations.containsKey(link.observation()));
        // Observations of other experiments may link records of this one; the links go with the records.
        data.observations.replaceAll((observationId, o) -> new Observation(o.id(), o.experimentId(), o.name(),
                o.xAxis(), o.values(), o.errors(),
                o.records().stream().filter(r -> !records.contains(r)).toList(), o.userdata()));
        data.updates.values().removeIf(u -> ensembles.contains(u.reference())
                || u.result().map(ensembles::contains).orElse(false));
        return true;
    }
}
