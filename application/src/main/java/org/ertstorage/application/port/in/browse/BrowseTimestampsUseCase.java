package org.ertstorage.application.port.in.browse;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.domain.Timestamps;

/** The creation and change times of many experiments, ensembles or records; unknown ids are absent. */
public interface BrowseTimestampsUseCase {
    Map<UUID, Timestamps> timestamps(Timestamps.Of kind, Collection<UUID> ids);
}
