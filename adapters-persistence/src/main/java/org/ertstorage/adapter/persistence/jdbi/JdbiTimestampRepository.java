package org.ertstorage.adapter.persistence.jdbi;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.ertstorage.application.port.out.TimestampRepository;
import org.ertstorage.domain.Timestamps;
import org.jdbi.v3.core.Handle;

/** The {@code time_created} and {@code time_updated} columns of experiments, ensembles and records, one statement per batch. */
final class JdbiTimestampRepository implements TimestampRepository {

    private static final Map<Timestamps.Of, String> TABLES = Map.of(
            Timestamps.Of.EXPERIMENT, "experiment",
            Timestamps.Of.ENSEMBLE, "ensemble",
            Timestamps.Of.RECORD, "record");
    private static final String SELECT_TIMES = "SELECT id, time_created, time_updated FROM %s WHERE id IN (<ids>)";

    private final Handle handle;

    JdbiTimestampRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Map<UUID, Timestamps> of(Timestamps.Of kind, Collection<UUID> ids) {
        var times = new HashMap<UUID, Timestamps>();
        if (ids.isEmpty()) {
            return times;
        }
        handle.createQuery(SELECT_TIMES.formatted(TABLES.get(kind)))
                .bindList("ids", ids.stream().distinct().toList())
                .map((rs, ctx) -> Map.entry(rs.getObject("id", UUID.class), new Timestamps(
                        local(rs.getObject("time_created", OffsetDateTime.class)),
                        local(rs.getObject("time_updated", OffsetDateTime.class)))))
                .forEach(entry -> times.put(entry.getKey(), entry.getValue()));
        return times;
    }

    /** The reference showed times as stored: the server's local time, without an offset. */
    private static java.time.LocalDateTime local(OffsetDateTime time) {
        return time.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    }
}
