package org.ertstorage.domain.record;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * One record of an ensemble: ensemble-wide when {@code realization} is empty, else the record of
 * one forward-model realization. Its name's {@link RecordInfo} says its type and class.
 */
public record EnsembleRecord(RecordId id, RecordInfo info, Optional<Integer> realization, Userdata userdata) {

    public EnsembleRecord {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(info, "'info' must not be null");
        Objects.requireNonNull(realization, "'realization' must not be null");
        Objects.requireNonNull(userdata, "'userdata' must not be null");
    }

    public static EnsembleRecord create(RecordInfo info, Optional<Integer> realization) {
        return new EnsembleRecord(RecordId.random(), info, realization, Userdata.EMPTY);
    }

    public EnsembleId ensembleId() {
        return info.ensembleId();
    }

    public String name() {
        return info.name();
    }

    public boolean isEnsembleWide() {
        return realization.isEmpty();
    }
}
