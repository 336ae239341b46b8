package org.ertstorage.application.port.in.browse;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;

/** Every record (all names, all realizations) of many ensembles, in listing order; unknown ids map to {@code []}. */
public interface BrowseRecordsUseCase {
    Map<EnsembleId, List<EnsembleRecord>> records(Collection<EnsembleId> ensembleIds);
}
