package org.ertstorage.application.port.out;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.ertstorage.domain.record.RecordId;

/** Records kept in memory. */
public final class InMemoryRecordRepository implements RecordRepository {

    private final InMemoryData data;

    InMemoryRecordRepository(InMemoryData data) {
        this.data = data;
    }

    @Override
    public Set<RecordId> existing(Collection<RecordId> ids) {
        return ids.stream().filter(data.records::containsKey).collect(Collectors.toSet());
    }
}
