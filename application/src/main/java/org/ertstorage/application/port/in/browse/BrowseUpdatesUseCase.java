package org.ertstorage.application.port.in.browse;

import java.util.Collection;
import java.util.Map;
import org.ertstorage.domain.ensemble.EnsembleId;

/** The updates around many ensembles: the one that produced each, and those that start from it. */
public interface BrowseUpdatesUseCase {
    Map<EnsembleId, EnsembleUpdates> updates(Collection<EnsembleId> ensembleIds);
}
