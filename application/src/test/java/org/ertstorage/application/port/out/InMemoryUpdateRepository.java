package org.ertstorage.application.port.out;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** Updates kept in memory. */
public final class InMemoryUpdateRepository implements UpdateRepository {

    private final InMemoryData data;

    InMemoryUpdateRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public void add(Update update) {
        data.updates.put(update.id(), update);
    }

    @Override
    public Optional<Update> find(UpdateId id) {
        return Optional.ofNullable(data.updates.get(id));
    }

    @Override
    public Optional<Update> findByResult(EnsembleId result) {
        return data.updates.values().stream().filter(u -> u.result().equals(Optional.of(result))).findFirst();
    }

    @Override
    public boolean linkResult(UpdateId id, EnsembleId result) {
        var update = data.updates.get(id);
        if (update == null || update.result().isPresent()) {
            return false;
        }
        data.updates.put(id, update.withResult(result));
        return true;
    }

    @Override
    public Map<EnsembleId, Lineage> lineages(Collection<EnsembleId> ensembles) {
        var lineages = new HashMap<EnsembleId, Lineage>();
        for (EnsembleId ensemble : ensembles) {
            var parent = findByResult(ensemble).map(Update::reference);
            List<EnsembleId> children = new ArrayList<>();
            // Children in the creation order of the result ensembles.
            data.ensembles.keySet().forEach(candidate -> data.updates.values().stream()
                    .filter(u -> u.reference().equals(ensemble) && u.result().equals(Optional.of(candidate)))
                    .findFirst()
                    .ifPresent(u -> children.add(candidate)));
            lineages.put(ensemble, new Lineage(parent, children));
        }
        return lineages;
    }

    @Override
    public List<Update> touching(Collection<EnsembleId> ensembles) {
        return data.updates.values().stream()
                .filter(u -> ensembles.contains(u.reference()) || u.result().filter(ensembles::contains).isPresent())
                .toList();
    }
}
