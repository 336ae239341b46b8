package org.ertstorage.application.port.in.browse;

import java.util.Collection;
import java.util.Map;
import org.ertstorage.application.port.in.ensemble.EnsembleDetails;
import org.ertstorage.domain.ensemble.EnsembleId;

/** Reads many ensembles at once with their lineage; unknown ids are absent from the answer. */
public interface BrowseEnsemblesUseCase {
    Map<EnsembleId, EnsembleDetails> ensembles(Collection<EnsembleId> ids);
}
