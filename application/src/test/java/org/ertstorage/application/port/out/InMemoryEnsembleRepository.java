package org.ertstorage.application.port.out;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.experiment.ExperimentId;

/** Ensembles kept in memory. */
public final class InMemoryEnsembleRepository implements EnsembleRepository {

    private final InMemoryData data;

    InMemoryEnsembleRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void add(Ensemble ensemble) {
        data.ensembles.put(ensemble.id(), ensemble);
    }

    @Override
    public Optional<Ensemble> find(EnsembleId id) {
        return Optional.ofNullable(data.ensembles.get(id));
    }

    @Override
    public List<Ensemble> findByIds(Collection<EnsembleId> ids) {
        return data.ensembles.values().stream().filter(item -> ids.contains(item.id())).toList();
    }

    @Override
    public List<Ensemble> findByExperiment(ExperimentId experimentId) {
        return data.ensembles.values().stream().filter(e -> e.experimentId().equals(experimentId)).toList();
    }

    @Override
    public Map<ExperimentId, List<EnsembleId>> idsByExperiment(Collection<ExperimentId> experimentIds) {
        var ids = new LinkedHashMap<ExperimentId, List<EnsembleId>>();
        experimentIds.forEach(id -> ids.put(id, new ArrayList<>()));
        data.ensembles.values().stream()
                .filter(e -> ids.containsKey(e.experimentId()))
                .forEach(e -> ids.get(e.experimentId()).add(e.id()));
        return ids;
    }

    @Override
    public void updateState(EnsembleId id, EnsembleState state) {
        data.ensembles.computeIfPresent(id, (key, e) -> new Ensemble(e.id(), e.experimentId(), e.size(), e.names(),
                e.activeRealizations(), state, e.userdata()));
    }
}
