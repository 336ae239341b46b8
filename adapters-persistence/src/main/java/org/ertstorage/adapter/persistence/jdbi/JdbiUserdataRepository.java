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
    // H2 only: it cannot take a JSON object apart in SQL (no json_each, no JSON_TABLE: h2database
    // issues 3152 and 4001; its JSON accessor needs the key names in advance), so its merge
    // locks the row until commit and a concurrent merge waits, then reads this one's result.
    private static final String SELECT_USERDATA_FOR_UPDATE = """
            SELECT userdata FROM <table> WHERE id = :id FOR UPDATE
            """;
    // PostgreSQL merges in the UPDATE itself, so a concurrent merge of the row waits for this one
    // and is then evaluated on its result. The order is Python's dict.update: stored keys keep
    // their place (with the patch's value where it has the key), new keys follow in the patch's
    // order. json (not jsonb) keeps key order and each value's exact text; jsonb's || would not.
    private static final String MERGE_USERDATA = """
            UPDATE <table> SET time_updated = CURRENT_TIMESTAMP, userdata = (
                SELECT '{' || COALESCE(string_agg(to_json(merged.key)::text || ':' || merged.value, ','
                        ORDER BY merged.added, merged.position), '') || '}'
                FROM (
                    SELECT stored.key, COALESCE(patch.value, stored.value)::text AS value, false AS added,
                            stored.position
                    FROM json_each(CAST(<table>.userdata AS json)) WITH ORDINALITY AS stored(key, value, position)
                    LEFT JOIN json_each(CAST(:userdata AS json)) AS patch ON patch.key = stored.key
                    UNION ALL
                    SELECT patch.key, patch.value::text, true, patch.position
                    FROM json_each(CAST(:userdata AS json)) WITH ORDINALITY AS patch(key, value, position)
                    WHERE NOT EXISTS (SELECT 1 FROM json_each(CAST(<table>.userdata AS json)) AS stored
                            WHERE stored.key = patch.key)
                ) AS merged)
            WHERE id = :id
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
        return update(UPDATE_USERDATA, owner, userdata);
    }

    @Override
    public boolean merge(UserdataOwner owner, Userdata patch) {
        if (DatabaseProduct.isPostgres(handle)) {
            return update(MERGE_USERDATA, owner, patch);
        }
        return select(SELECT_USERDATA_FOR_UPDATE, owner)
                .map(stored -> replace(owner, stored.merge(patch)))
                .orElse(false);
    }

    /** Runs an update of the owner's row that binds {@code userdata} as JSON text; false when no row has the id. */
    private boolean update(String sql, UserdataOwner owner, Userdata userdata) {
        return handle.createUpdate(sql)
                .define("table", table(owner))
                .bind("id", owner.id())
                .bind("userdata", userdata.toJson())
                .execute() > 0;
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
