package org.ertstorage.adapter.persistence;

import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.ContractStore;
import org.ertstorage.application.port.out.Transactions;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated database as the store of the repository contracts, one per vendor for the whole run.
 * Records go in with plain SQL because no outgoing port creates them yet.
 */
final class DatabaseContractStore implements ContractStore {

    private static final String INSERT_RECORD_INFO = """
            INSERT INTO record_info (ensemble_pk, name, record_type, record_class)
            VALUES ((SELECT pk FROM ensemble WHERE id = :ensemble), :name, 'f64_matrix', 'other')
            """;
    private static final String INSERT_RECORD = """
            INSERT INTO record (id, record_info_pk) VALUES (:id, :recordInfoPk)
            """;

    private static DatabaseContractStore h2;
    private static DatabaseContractStore postgres;

    private final JdbiPersistence persistence;
    private final Jdbi jdbi;

    private DatabaseContractStore(DatabaseSettings settings) {
        persistence = JdbiPersistence.open(settings);
        persistence.migrator().migrate();
        jdbi = Jdbi.create(settings.jdbcUrl(), settings.user(), settings.password());
    }

    static synchronized ContractStore h2() {
        if (h2 == null) {
            h2 = new DatabaseContractStore(TestDatabases.h2());
        }
        return h2;
    }

    static synchronized ContractStore postgres() {
        if (postgres == null) {
            postgres = new DatabaseContractStore(TestDatabases.postgres());
        }
        return postgres;
    }

    /** The blob store of the H2 store's database. */
    static synchronized BlobStore h2blobs() {
        h2();
        return h2.persistence.blobStore();
    }

    /** The blob store of the PostgreSQL store's database. */
    static synchronized BlobStore postgresBlobs() {
        postgres();
        return postgres.persistence.blobStore();
    }

    @Override
    public Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    public void addRecord(EnsembleId ensemble, RecordId record) {
        jdbi.useTransaction(handle -> {
            long recordInfoPk = handle.createUpdate(INSERT_RECORD_INFO)
                    .bind("ensemble", ensemble.value())
                    .bind("name", "record-" + record)
                    .executeAndReturnGeneratedKeys("pk")
                    .mapTo(Long.class)
                    .one();
            handle.createUpdate(INSERT_RECORD).bind("id", record.value()).bind("recordInfoPk", recordInfoPk).execute();
        });
    }
}
