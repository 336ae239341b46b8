package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.Set;
import org.ertstorage.domain.record.RecordId;

/** Stores records. */
public interface RecordRepository {

    /** Those of the given ids that name a record. */
    Set<RecordId> existing(Collection<RecordId> ids);
}
