package org.ertstorage.adapter.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.RecordAlreadyExists;
import org.ertstorage.domain.record.RecordSlots;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Inserts the {@code record} row of a new record of any type, before its payload row. The name's
 * info is locked first, so that an ensemble-wide record and forward-model records of the name
 * cannot be added side by side by concurrent uploads (DATA-MODEL 6.6). Forward-model uploads do
 * not exclude each other (the unique index keeps each realization's slot single), so on
 * PostgreSQL they share the lock and only an ensemble-wide upload takes it alone; H2 has no shared
 * row locks.
 */
final class RecordRows {

    private static final String ENSEMBLE_PK = """
            SELECT pk FROM ensemble WHERE id = :ensembleId
            """;
    // A plain key lookup: with the ensemble as a subquery, H2 scanned record_info under FOR UPDATE.
    private static final String LOCK_INFO = """
            SELECT pk FROM record_info WHERE ensemble_pk = :ensemblePk AND name = :name
            """;
    private static final String LOCK_INFO_BY_PK = """
            SELECT pk FROM record_info WHERE pk = :pk
            """;
    // Under the info's lock, by the unique index of record: only the slots the new records could
    // collide with, so an upload costs the same however many records the name already has.
    private static final String SELECT_COLLIDING_SLOTS = """
            SELECT realization_index FROM record WHERE record_info_pk = :infoPk AND realization_key IN (<keys>)
            """;
    private static final String SELECT_ANY_SLOT = """
            SELECT realization_index FROM record WHERE record_info_pk = :infoPk FETCH FIRST 1 ROWS ONLY
            """;
    private static final String INSERT_RECORD = """
            INSERT INTO record (id, record_info_pk, realization_index, userdata)
            VALUES (:id, :recordInfoPk, :realization, :userdata)
            """;
    /**
     * The record row, unless a slot it collides with is taken (forward-model: the ensemble-wide
     * one and its own; ensemble-wide: any). A statement that begins once the info's lock is held
     * sees every record committed under a conflicting lock, which the lock's own statement, whose
     * snapshot predates its wait, may not. Parameters: id, realization, userdata, the info's key,
     * and for a forward-model record its realization again.
     */
    private static final String INSERT_GUARDED_RECORD = """
            INSERT INTO record (id, record_info_pk, realization_index, userdata)
            SELECT CAST(? AS UUID), i.pk, CAST(? AS INTEGER), ? FROM record_info i
            WHERE i.pk = ? AND NOT EXISTS (SELECT 1 FROM record c WHERE c.record_info_pk = i.pk%s)
            """;
    private static final String FORWARD_MODEL_GUARD = " AND c.realization_key IN (-1, ?)";
    private static final String INSERT_GUARDED_FORWARD_MODEL = INSERT_GUARDED_RECORD.formatted(FORWARD_MODEL_GUARD);
    private static final String INSERT_GUARDED_ENSEMBLE_WIDE = INSERT_GUARDED_RECORD.formatted("");
    // PostgreSQL's data-modifying CTE stores the record and its matrix in one statement; H2 has none.
    // The matrix's parameters follow the record's: shape, content, labels.
    private static final String WITH_MATRIX = """
            WITH r AS (%sRETURNING pk)
            INSERT INTO f64_matrix (record_pk, shape, content, labels) SELECT pk, ?, ?, ? FROM r
            """;
    private static final String INSERT_FORWARD_MODEL_NUMERIC = WITH_MATRIX.formatted(INSERT_GUARDED_FORWARD_MODEL);
    private static final String INSERT_ENSEMBLE_WIDE_NUMERIC = WITH_MATRIX.formatted(INSERT_GUARDED_ENSEMBLE_WIDE);
    private static final String INSERT_MATRIX = """
            INSERT INTO f64_matrix (record_pk, shape, content, labels) VALUES (?, ?, ?, ?)
            """;

    /** A numeric record's {@code f64_matrix} columns but its record's key. */
    record MatrixColumns(Integer[] shape, String labels, Content content) {

        /** Sets the packed values at a parameter's position, whole or streamed. */
        @FunctionalInterface
        interface Content {
            void set(PreparedStatement statement, int position) throws SQLException;
        }
    }

    /**
     * The row lock an upload holds on its name's info. Forward-model uploads share it on
     * PostgreSQL; H2 has no shared row locks.
     */
    enum Lock {
        SHARE(" FOR SHARE"), EXCLUSIVE(" FOR UPDATE");

        private final String clause;

        Lock(String clause) {
            this.clause = clause;
        }

        static Lock of(Handle handle, Optional<Integer> realization) {
            return realization.isPresent() && DatabaseProduct.isPostgres(handle) ? SHARE : EXCLUSIVE;
        }

        /** The clause that takes this lock on the rows of {@code table} alone (PostgreSQL). */
        String clauseOf(String table) {
            return clause + " OF " + table;
        }

        boolean covers(Lock needed) {
            return this == EXCLUSIVE || needed == SHARE;
        }
    }

    private RecordRows() {
    }

    /**
     * @return the new row's primary key
     * @throws RecordAlreadyExists when the record's slot is taken
     * @throws IllegalStateException when the name's info was not claimed
     */
    static long insert(Handle handle, EnsembleRecord record) {
        long infoPk = lockFreeSlots(handle, List.of(record), Optional.empty());
        try {
            return bindRecord(handle.createUpdate(INSERT_RECORD), record, infoPk)
                    .executeAndReturnGeneratedKeys("pk")
                    .mapTo(Long.class)
                    .one();
        } catch (UnableToExecuteStatementException e) {
            throw alreadyExists(e, record);
        }
    }

    /**
     * Inserts a numeric record's row and its matrix (one statement on PostgreSQL, two on H2),
     * taking the info's lock unless this transaction holds it already.
     *
     * @param held the lock this transaction holds on the info, if any
     * @throws RecordAlreadyExists when the record's slot is taken
     */
    static void insertNumeric(Handle handle, DirectStatements direct, EnsembleRecord record,
            JdbiRecordRepository.StoredInfo info, Optional<Lock> held, MatrixColumns matrix) {
        var needed = Lock.of(handle, record.realization());
        if (held.filter(lock -> lock.covers(needed)).isEmpty()) {
            lockByPk(handle, info.pk(), needed.clause)
                    .orElseThrow(() -> new IllegalStateException("Record info of '" + record.name() + "' not claimed"));
        }
        boolean forwardModel = record.realization().isPresent();
        try {
            if (DatabaseProduct.isPostgres(handle)) {
                var sql = forwardModel ? INSERT_FORWARD_MODEL_NUMERIC : INSERT_ENSEMBLE_WIDE_NUMERIC;
                if (direct.update(handle, sql, statement -> setMatrix(statement, setRecord(statement, record, info.pk()),
                        matrix)) == 0) {
                    throw refused(handle, record, info.pk());
                }
            } else {
                var sql = forwardModel ? INSERT_GUARDED_FORWARD_MODEL : INSERT_GUARDED_ENSEMBLE_WIDE;
                long recordPk = direct.insert(handle, sql, "pk", statement -> setRecord(statement, record, info.pk()));
                if (recordPk < 0) {
                    throw refused(handle, record, info.pk());
                }
                direct.update(handle, INSERT_MATRIX, statement -> {
                    statement.setLong(1, recordPk);
                    setMatrix(statement, 2, matrix);
                });
            }
        } catch (UnableToExecuteStatementException e) {
            throw alreadyExists(e, record);
        }
    }

    /** Sets the parameters of {@link #INSERT_GUARDED_RECORD}; returns the position after them. */
    private static int setRecord(PreparedStatement statement, EnsembleRecord record, long infoPk) throws SQLException {
        statement.setObject(1, record.id().value());
        if (record.realization().isPresent()) {
            statement.setInt(2, record.realization().get());
        } else {
            statement.setNull(2, Types.INTEGER);
        }
        statement.setString(3, record.userdata().toJson());
        statement.setLong(4, infoPk);
        if (record.realization().isPresent()) {
            statement.setInt(5, record.realization().get());
            return 6;
        }
        return 5;
    }

    private static void setMatrix(PreparedStatement statement, int first, MatrixColumns matrix) throws SQLException {
        statement.setArray(first, statement.getConnection().createArrayOf("integer", matrix.shape()));
        matrix.content().set(statement, first + 1);
        statement.setString(first + 2, matrix.labels());
    }

    /**
     * The {@code record} rows of records of one name, inserted in one batch; their payload rows
     * find them by id.
     *
     * @throws RecordAlreadyExists when a record's slot is taken
     */
    static void insertAll(Handle handle, List<EnsembleRecord> records, Optional<JdbiRecordRepository.StoredInfo> known) {
        long infoPk = lockFreeSlots(handle, records, known);
        var batch = handle.prepareBatch(INSERT_RECORD);
        records.forEach(record -> bindRecord(batch, record, infoPk).add());
        try {
            batch.execute();
        } catch (UnableToExecuteStatementException e) {
            throw alreadyExists(e, records.getFirst());
        }
    }

    /** Locks the records' info (all of one name) and checks their slots under the lock; returns the info's key. */
    private static long lockFreeSlots(Handle handle, List<EnsembleRecord> records,
            Optional<JdbiRecordRepository.StoredInfo> known) {
        var record = records.getFirst();
        boolean forwardModel = records.stream().allMatch(r -> r.realization().isPresent());
        var lock = (forwardModel ? Lock.of(handle, record.realization()) : Lock.EXCLUSIVE).clause;
        long infoPk = known.map(info -> lockByPk(handle, info.pk(), lock)).orElseGet(() -> lockByName(handle, record, lock))
                .orElseThrow(() -> new IllegalStateException("Record info of '" + record.name() + "' not claimed"));
        var slots = takenSlots(handle, records, infoPk);
        records.forEach(r -> slots.requireFree(r.realization()));
        return infoPk;
    }

    /**
     * The slots of the records' name they could collide with: a forward-model record collides with
     * the ensemble-wide one (key -1) and its own realization's; an ensemble-wide record with any
     * record of the name.
     */
    private static RecordSlots takenSlots(Handle handle, List<EnsembleRecord> records, long infoPk) {
        var record = records.getFirst();
        boolean forwardModel = records.stream().allMatch(r -> r.realization().isPresent());
        var slotQuery = forwardModel
                ? handle.createQuery(SELECT_COLLIDING_SLOTS).bindList("keys",
                        Stream.concat(Stream.of(-1), records.stream().map(r -> r.realization().orElseThrow())).toList())
                : handle.createQuery(SELECT_ANY_SLOT);
        var taken = slotQuery
                .bind("infoPk", infoPk)
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject("realization_index", Integer.class)))
                .list();
        return new RecordSlots(record.ensembleId(), record.name(), taken.contains(Optional.empty()),
                taken.stream().flatMap(Optional::stream).collect(Collectors.toSet()));
    }

    /** Why a guarded insert stored nothing: the domain's verdict on the slots that now hold records. */
    private static RuntimeException refused(Handle handle, EnsembleRecord record, long infoPk) {
        try {
            takenSlots(handle, List.of(record), infoPk).requireFree(record.realization());
        } catch (RecordAlreadyExists e) {
            return e;
        }
        return new IllegalStateException("Record '" + record.name() + "' refused with its slots free");
    }

    private static <S extends SqlStatement<S>> S bindRecord(S statement, EnsembleRecord record, long infoPk) {
        return statement.bind("id", record.id().value())
                .bind("recordInfoPk", infoPk)
                .bind("realization", record.realization().orElse(null))
                .bind("userdata", record.userdata().toJson());
    }

    private static RuntimeException alreadyExists(UnableToExecuteStatementException e, EnsembleRecord record) {
        return UniqueViolation.of(e, "uq_record_realization") ? RecordAlreadyExists.at(record.name(), record.ensembleId()) : e;
    }

    private static Optional<Long> lockByPk(Handle handle, long infoPk, String lock) {
        return handle.createQuery(LOCK_INFO_BY_PK + lock).bind("pk", infoPk).mapTo(Long.class).findOne();
    }

    private static Optional<Long> lockByName(Handle handle, EnsembleRecord record, String lock) {
        long ensemblePk = handle.createQuery(ENSEMBLE_PK)
                .bind("ensembleId", record.ensembleId().value())
                .mapTo(Long.class)
                .one();
        return handle.createQuery(LOCK_INFO + lock)
                .bind("ensemblePk", ensemblePk)
                .bind("name", record.name())
                .mapTo(Long.class)
                .findOne();
    }
}
