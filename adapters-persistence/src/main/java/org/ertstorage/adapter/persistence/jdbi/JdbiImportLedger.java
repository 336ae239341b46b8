package org.ertstorage.adapter.persistence.jdbi;

import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.out.ImportLedger;
import org.ertstorage.domain.experiment.ExperimentId;
import org.jdbi.v3.core.Handle;

/** The import ledger in the table {@code import_ledger}; its rows go with their experiment (ON DELETE CASCADE). */
final class JdbiImportLedger implements ImportLedger {

    private static final String SELECT = """
            SELECT x.id FROM import_ledger l JOIN experiment x ON x.pk = l.experiment_pk WHERE l.import_key = :key
            """;
    private static final String INSERT = """
            INSERT INTO import_ledger (import_key, experiment_pk)
            VALUES (:key, (SELECT pk FROM experiment WHERE id = :experimentId))
            """;

    private final Handle handle;

    JdbiImportLedger(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<ExperimentId> find(String key) {
        return handle.createQuery(SELECT).bind("key", key)
                .map((rs, ctx) -> new ExperimentId(rs.getObject("id", UUID.class)))
                .findOne();
    }

    @Override
    public void add(String key, ExperimentId experiment) {
        handle.createUpdate(INSERT).bind("key", key).bind("experimentId", experiment.value()).execute();
    }
}
