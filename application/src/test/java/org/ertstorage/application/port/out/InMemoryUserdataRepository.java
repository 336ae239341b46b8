package org.ertstorage.application.port.out;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.RecordId;

/** Userdata kept in memory, inside the aggregates that own it. */
public final class InMemoryUserdataRepository implements UserdataRepository {

    private final InMemoryData data;

    InMemoryUserdataRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Optional<Userdata> find(UserdataOwner owner) {
        return switch (owner.kind()) {
            case EXPERIMENT -> Optional.ofNullable(data.experiments.get(new ExperimentId(owner.id()))).map(Experiment::userdata);
            case ENSEMBLE -> Optional.ofNullable(data.ensembles.get(new EnsembleId(owner.id()))).map(Ensemble::userdata);
            case OBSERVATION -> Optional.ofNullable(data.observations.get(new ObservationId(owner.id()))).map(Observation::userdata);
            case RECORD -> Optional.ofNullable(data.records.get(new RecordId(owner.id()))).map(EnsembleRecord::userdata);
        };
    }

    @Override
    public boolean replace(UserdataOwner owner, Userdata userdata) {
        return change(owner, stored -> userdata);
    }

    @Override
    public boolean merge(UserdataOwner owner, Userdata patch) {
        return change(owner, stored -> stored.merge(patch));
    }

    private boolean change(UserdataOwner owner, UnaryOperator<Userdata> change) {
        return switch (owner.kind()) {
            case EXPERIMENT -> data.experiments.computeIfPresent(new ExperimentId(owner.id()),
                    (id, e) -> new Experiment(e.id(), e.name(), e.priors(), change.apply(e.userdata()))) != null;
            case ENSEMBLE -> data.ensembles.computeIfPresent(new EnsembleId(owner.id()),
                    (id, e) -> new Ensemble(e.id(), e.experimentId(), e.size(), e.names(), e.activeRealizations(),
                            e.state(), change.apply(e.userdata()))) != null;
            case OBSERVATION -> data.observations.computeIfPresent(new ObservationId(owner.id()),
                    (id, o) -> new Observation(o.id(), o.experimentId(), o.name(), o.xAxis(), o.values(), o.errors(),
                            o.records(), change.apply(o.userdata()))) != null;
            case RECORD -> data.records.computeIfPresent(new RecordId(owner.id()),
                    (id, r) -> new EnsembleRecord(r.id(), r.info(), r.realization(), change.apply(r.userdata()))) != null;
        };
    }
}
