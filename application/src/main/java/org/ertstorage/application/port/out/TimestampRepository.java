package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.domain.Timestamps;

/** The stored creation and change times of entities, read in batches; unknown ids are absent. */
public interface TimestampRepository {
    Map<UUID, Timestamps> of(Timestamps.Of kind, Collection<UUID> ids);
}
