package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;

/** Stores updates, their transformations and the result links between ensembles. */
public interface UpdateRepository {

    void add(Update update);

    Optional<Update> find(UpdateId id);

    /** The update whose result is the ensemble, if any. */
    Optional<Update> findByResult(EnsembleId result);

    /**
     * Links the result ensemble, only if the update has none yet (checked by the store, so two
     * racing links cannot both succeed).
     *
     * @return false when the update had a result already
     */
    boolean linkResult(UpdateId id, EnsembleId result);

    /**
     * Parent and children of each given ensemble, children in creation order. Updates without a
     * result contribute no child. Ensembles without links map to {@link Lineage#NONE}.
     */
    Map<EnsembleId, Lineage> lineages(Collection<EnsembleId> ensembles);

    /** Every update whose reference or result is one of these ensembles, in creation order. */
    List<Update> touching(Collection<EnsembleId> ensembles);
}
