package org.ertstorage.adapter.persistence.jdbi;

import java.util.Optional;
import org.ertstorage.application.port.out.UserdataRepository;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.UserdataOwner;
import org.jdbi.v3.core.Handle;

/** Userdata in the {@code userdata} column, JSON text, of the owner's table. */
final class JdbiUserdataRepository implements UserdataRepository {

    private static final String SELECT_USERDATA = """
            SELECT userdata FROM <table> WHERE id = :id
            """;
    // Locks the row until commit, so a concurrent merge waits and then reads this one's result.
    private static final String SELECT_USERDATA_FOR_UPDATE = """
            SELECT userdata FROM <table> WHERE id = :id FOR UPDATE
            """;
    private static final String UPDATE_USERDATA = """
            UPDATE <table> SET userdata = :userdata, time_updated = CURRENT_TIMESTAMP WHERE id = :id
            """;

    private final Handle handle;

    JdbiUserdataRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<Userdata> find(UserdataOwner owner) {
        return select(SELECT_USERDATA, owner);
    }

    @Override
    public boolean replace(UserdataOwner owner, Userdata userdata) {
        return handle.createUpdate(UPDATE_USERDATA)
                .define("table", table(owner))
                .bind("id", owner.id())
                .bind("userdata", userdata.toJson())
                .execute() > 0;
    }

    @Override
    public boolean merge(UserdataOwner owner, Userdata patch) {
        return select(SELECT_USERDATA_FOR_UPDATE, owner)
                .map(stored -> replace(owner, stored.merge(patch)))
                .orElse(false);
    }

    private Optional<Userdata> select(String sql, UserdataOwner owner) {
        return handle.createQuery(sql)
                .define("table", table(owner))
                .bind("id", owner.id())
                .mapTo(String.class)
                .findOne()
                .map(UserdataJson::parse);
    }

    private static String table(UserdataOwner owner) {
        return switch (owner.kind()) {
            case EXPERIMENT -> "experiment";
            case ENSEMBLE -> "ensemble";
            case OBSERVATION -> "observation";
            case RECORD -> "record";
        };
    }
}
