package org.ertstorage.adapter.persistence.jdbi;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.domain.record.RecordId;
import org.jdbi.v3.core.Handle;

/** Records in the table {@code record}. */
final class JdbiRecordRepository implements RecordRepository {

    private static final String SELECT_EXISTING = """
            SELECT id FROM record WHERE id IN (<ids>)
            """;

    private final Handle handle;

    JdbiRecordRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Set<RecordId> existing(Collection<RecordId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return handle.createQuery(SELECT_EXISTING)
                .bindList("ids", ids.stream().map(RecordId::value).distinct().toList())
                .map((rs, ctx) -> new RecordId(rs.getObject("id", UUID.class)))
                .collect(Collectors.toSet());
    }
}
