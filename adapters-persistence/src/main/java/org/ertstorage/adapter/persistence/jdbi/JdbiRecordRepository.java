package org.ertstorage.adapter.persistence.jdbi;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixHead;
import org.ertstorage.domain.record.NumericRecord;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordSlots;
import org.ertstorage.domain.record.RecordType;
import org.ertstorage.domain.record.Shape;
import org.ertstorage.domain.record.StreamedStack;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Records in the table {@code record}, the per-name structure in {@code record_info}, numeric
 * content in {@code f64_matrix} and observation links in {@code observation_record}.
 */
final class JdbiRecordRepository implements RecordRepository {

    private static final String SELECT_EXISTING = """
            SELECT id FROM record WHERE id IN (<ids>)
            """;
    private static final String SELECT_INFO = """
            SELECT i.pk AS info_pk, e.id AS ensemble_id, i.name, i.record_type, i.record_class, p.name AS prior_name
            FROM record_info i JOIN ensemble e ON e.pk = i.ensemble_pk LEFT JOIN prior p ON p.pk = i.prior_pk
            WHERE e.id = :ensembleId AND i.name = :name
            """;
    // The name's info with one row per record of it (r.pk null: none yet), so that the slot check
    // before an upload also learns the info it needs next.
    private static final String SELECT_INFO_AND_SLOTS = """
            SELECT i.pk AS info_pk, e.id AS ensemble_id, i.name, i.record_type, i.record_class, p.name AS prior_name,
                   r.pk AS record_pk, r.realization_index
            FROM ensemble e
            JOIN record_info i ON i.ensemble_pk = e.pk
            LEFT JOIN prior p ON p.pk = i.prior_pk
            LEFT JOIN record r ON r.record_info_pk = i.pk <colliding>
            WHERE e.id = :ensembleId AND i.name = :name
            """;
    private static final String FORWARD_MODEL_COLLIDING = "AND r.realization_key IN (-1, :realization)";
    // The prior is looked up by name in the ensemble's experiment (DATA-MODEL 6.9).
    private static final String INSERT_INFO = """
            INSERT INTO record_info (ensemble_pk, name, record_type, record_class, prior_pk)
            SELECT e.pk, :name, :type, :recordClass,
                   (SELECT p.pk FROM prior p WHERE p.experiment_pk = e.experiment_pk AND p.name = :prior)
            FROM ensemble e WHERE e.id = :ensembleId
            """;
    private static final String INSERT_MATRIX_OF_RECORD = """
            INSERT INTO f64_matrix (record_pk, shape, content, labels)
            SELECT pk, :shape, :content, :labels FROM record WHERE id = :recordId
            """;
    // Ensemble and name first: H2 keeps this join order, and starting from record would scan
    // every record of every ensemble for each lookup of a name.
    private static final String FROM_RECORDS = """
            FROM ensemble e
            JOIN record_info i ON i.ensemble_pk = e.pk
            JOIN record r ON r.record_info_pk = i.pk
            LEFT JOIN prior p ON p.pk = i.prior_pk
            """;
    private static final String SELECT_RECORDS = """
            SELECT r.id, r.realization_index, r.userdata, e.id AS ensemble_id, i.name, i.record_type, i.record_class,
                   p.name AS prior_name
            """ + FROM_RECORDS;
    // Matrices come with a digest of their labels, not the text (LabelsCache).
    private static final String SELECT_NUMERIC = """
            SELECT r.id, r.realization_index, r.userdata, e.id AS ensemble_id, i.name, i.record_type, i.record_class,
                   p.name AS prior_name, m.shape, m.content, <labelsDigest> AS labels_digest
            """ + FROM_RECORDS + """
            JOIN f64_matrix m ON m.record_pk = r.pk
            """;
    private static final String SELECT_IDS = """
            SELECT r.id
            """ + FROM_RECORDS;
    // Heads carry a digest of their labels too: H2, which keeps a query's whole result in memory,
    // then never holds every record's labels at once.
    private static final String SELECT_HEADS = """
            SELECT r.id, r.realization_index, m.shape, <labelsDigest> AS labels_digest
            """ + FROM_RECORDS + """
            JOIN f64_matrix m ON m.record_pk = r.pk
            """;
    private static final String POSTGRES_LABELS_DIGEST = "encode(sha256(convert_to(m.labels, 'UTF8')), 'hex')";
    private static final String H2_LABELS_DIGEST = "RAWTOHEX(HASH('SHA-256', m.labels))";
    private static final String SELECT_LABELS = """
            SELECT m.labels FROM f64_matrix m JOIN record r ON m.record_pk = r.pk WHERE r.id = :id
            """;
    private static final String SELECT_VALUES = """
            SELECT r.id, m.content
            """ + FROM_RECORDS + """
            JOIN f64_matrix m ON m.record_pk = r.pk
            """;
    private static final String REALIZATION_ORDER = "ORDER BY r.realization_key";
    /**
     * Rows a cursor fetches at a time: each holds a whole record's values, so the heap holds at
     * most this many records at once, while an ERT read of 100 records takes 7 round trips.
     */
    private static final int CURSOR_FETCH_SIZE = 16;
    private static final String SELECT_WITH_OBSERVATIONS = """
            SELECT DISTINCT r.id FROM observation_record l JOIN record r ON r.pk = l.record_pk WHERE r.id IN (<ids>)
            """;
    private static final String SELECT_RECORD_PK = """
            SELECT pk FROM record WHERE id = :id
            """;
    private static final String DELETE_LINKS = """
            DELETE FROM observation_record WHERE record_pk = :recordPk
            """;
    // The record goes last in the observation's list of records; unknown observations add no row.
    private static final String INSERT_LINK = """
            INSERT INTO observation_record (observation_pk, record_pk, seq)
            SELECT o.pk, :recordPk, COALESCE((SELECT MAX(l.seq) + 1 FROM observation_record l WHERE l.observation_pk = o.pk), 0)
            FROM observation o WHERE o.id = :observationId
            """;
    private static final String SELECT_OBSERVATIONS = """
            SELECT o.id
            FROM observation_record l JOIN observation o ON o.pk = l.observation_pk JOIN record r ON r.pk = l.record_pk
            WHERE r.id = :id
            ORDER BY l.link_order
            """;

    private final Handle handle;
    /**
     * The infos this transaction has read, by ensemble and name, with their primary keys: an upload
     * checks its slot, admits its info and inserts its rows with one read of the info. An info
     * never changes once stored and goes only with its ensemble, so within one transaction that
     * found the ensemble it stays valid.
     */
    private final Map<InfoKey, StoredInfo> known = new HashMap<>();
    /** The locks this transaction holds on infos, by their keys, which an insert need not take again. */
    private final Map<Long, RecordRows.Lock> locks = new HashMap<>();

    private final LabelsCache labels;
    private final DirectStatements direct;

    JdbiRecordRepository(Handle handle, LabelsCache labels, DirectStatements direct) {
        this.handle = handle;
        this.labels = labels;
        this.direct = direct;
    }

    private record InfoKey(EnsembleId ensembleId, String name) {
    }

    /** A stored record info and its row's primary key. */
    record StoredInfo(long pk, RecordInfo info) {
    }

    @Override
    public Set<RecordId> existing(Collection<RecordId> ids) {
        return ids(SELECT_EXISTING, ids);
    }

    @Override
    public Optional<RecordInfo> info(EnsembleId ensembleId, String name) {
        return stored(ensembleId, name).map(StoredInfo::info);
    }

    /** The name's info with its key, from what this transaction has read, else from the database. */
    Optional<StoredInfo> stored(EnsembleId ensembleId, String name) {
        var key = new InfoKey(ensembleId, name);
        var cached = known.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        var stored = handle.createQuery(SELECT_INFO)
                .bind("ensembleId", ensembleId.value())
                .bind("name", name)
                .map((rs, ctx) -> new StoredInfo(rs.getLong("info_pk"), RecordRowMappers.info(rs, ctx)))
                .findOne();
        stored.ifPresent(info -> known.put(key, info));
        return stored;
    }

    /**
     * Inserts under a savepoint: losing the race on {@code uq_record_info_name} rolls back only the
     * insert (PostgreSQL would otherwise abort the whole transaction), then the winner's info is read.
     */
    @Override
    public RecordInfo claimInfo(RecordInfo info) {
        var stored = info(info.ensembleId(), info.name());
        if (stored.isPresent()) {
            return stored.get();
        }
        handle.savepoint("claim_info");
        try {
            handle.createUpdate(INSERT_INFO)
                    .bind("ensembleId", info.ensembleId().value())
                    .bind("name", info.name())
                    .bind("type", info.type().wireName())
                    .bind("recordClass", info.recordClass().wireName())
                    .bind("prior", info.prior().orElse(null))
                    .execute();
            handle.release("claim_info");
        } catch (UnableToExecuteStatementException e) {
            if (!UniqueViolation.of(e, "uq_record_info_name")) {
                throw e;
            }
            handle.rollbackToSavepoint("claim_info");
        }
        return info(info.ensembleId(), info.name()).orElseThrow(() -> new IllegalStateException(
                "Record info of '" + info.name() + "' neither stored nor found in ensemble " + info.ensembleId()));
    }

    @Override
    public RecordSlots slots(EnsembleId ensembleId, String name) {
        return slots(slotRows(handle.createQuery(SELECT_INFO_AND_SLOTS).define("colliding", ""), ensembleId, name),
                ensembleId, name);
    }

    /**
     * One row per colliding record, so an upload reads the same however many records the name has.
     * On PostgreSQL the same statement takes the info's lock that the upload's insert needs, which
     * saves the insert a statement; the insert's guard sees what this read's snapshot may not.
     */
    @Override
    public RecordSlots slots(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        var lock = RecordRows.Lock.of(handle, realization);
        boolean postgres = DatabaseProduct.isPostgres(handle);
        var query = handle.createQuery(postgres ? SELECT_INFO_AND_SLOTS + lock.clauseOf("i") : SELECT_INFO_AND_SLOTS);
        if (realization.isPresent()) {
            query.define("colliding", FORWARD_MODEL_COLLIDING).bind("realization", realization.get());
        } else {
            query.define("colliding", "");
        }
        var rows = slotRows(query, ensembleId, name);
        if (postgres && !rows.isEmpty()) {
            locks.merge(rows.getFirst().info().pk(), lock, (held, taken) -> held.covers(taken) ? held : taken);
        }
        return slots(rows, ensembleId, name);
    }

    private List<SlotRow> slotRows(Query query, EnsembleId ensembleId, String name) {
        var rows = query
                .bind("ensembleId", ensembleId.value())
                .bind("name", name)
                .map((rs, ctx) -> new SlotRow(new StoredInfo(rs.getLong("info_pk"), RecordRowMappers.info(rs, ctx)),
                        rs.getObject("record_pk", Long.class) != null, rs.getObject("realization_index", Integer.class)))
                .list();
        if (!rows.isEmpty()) {
            known.putIfAbsent(new InfoKey(ensembleId, name), rows.getFirst().info());
        }
        return rows;
    }

    private static RecordSlots slots(List<SlotRow> rows, EnsembleId ensembleId, String name) {
        var records = rows.stream().filter(SlotRow::hasRecord).toList();
        return new RecordSlots(ensembleId, name, records.stream().anyMatch(row -> row.realization() == null),
                records.stream().map(SlotRow::realization).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** A row of {@link #SELECT_INFO_AND_SLOTS}: the info, whether a record joined, and its realization (null: ensemble-wide). */
    private record SlotRow(StoredInfo info, boolean hasRecord, Integer realization) {
    }

    @Override
    public void addNumeric(NumericRecord numeric) {
        var values = numeric.matrix().values();
        insertNumeric(numeric.record(), numeric.matrix().head(),
                (statement, position) -> statement.setBytes(position, PackedDoubles.pack(values)));
    }

    /**
     * The values go to the driver as a stream of known length: pgjdbc copies it to the socket,
     * H2 into its LOB store, so they never sit whole in the heap. A body that fails midway fails
     * its statement, and the transaction's rollback takes the record row with it.
     */
    @Override
    public void addNumeric(EnsembleRecord record, MatrixHead head, InputStream values) {
        long bytes = (long) head.shape().size() * Double.BYTES;
        if (bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a streamed record holds at most " + Integer.MAX_VALUE + " bytes, not " + bytes);
        }
        insertNumeric(record, head, (statement, position) -> statement.setBinaryStream(position, values, (int) bytes));
    }

    private void insertNumeric(EnsembleRecord record, MatrixHead head, RecordRows.MatrixColumns.Content content) {
        var info = stored(record.ensembleId(), record.name()).orElseThrow(
                () -> new IllegalStateException("Record info of '" + record.name() + "' not claimed"));
        var matrix = new RecordRows.MatrixColumns(head.shape().dimensions().toArray(Integer[]::new),
                head.labels().map(LabelsJson::write).orElse(null), content);
        RecordRows.insertNumeric(handle, direct, record, info, Optional.ofNullable(locks.get(info.pk())), matrix);
    }

    /** Two batched statements for any number of records: their rows, then their contents. */
    @Override
    public void addNumerics(List<NumericRecord> numerics) {
        if (numerics.isEmpty()) {
            return;
        }
        var first = numerics.getFirst().record();
        RecordRows.insertAll(handle, numerics.stream().map(NumericRecord::record).toList(),
                stored(first.ensembleId(), first.name()));
        var batch = handle.prepareBatch(INSERT_MATRIX_OF_RECORD);
        numerics.forEach(numeric -> bindMatrix(batch, numeric.matrix()).bind("recordId", numeric.record().id().value()).add());
        batch.execute();
    }

    private static <S extends SqlStatement<S>> S bindMatrix(S statement, Matrix matrix) {
        return bindHead(statement, matrix.head()).bind("content", PackedDoubles.pack(matrix.values()));
    }

    private static <S extends SqlStatement<S>> S bindHead(S statement, MatrixHead head) {
        return statement.bindArray("shape", Integer.class, head.shape().dimensions())
                .bind("labels", head.labels().map(LabelsJson::write).orElse(null));
    }

    @Override
    public Optional<EnsembleRecord> find(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return ofSlot(SELECT_RECORDS, ensembleId, name, realization).map(RecordRowMappers::record).findOne();
    }

    @Override
    public Optional<EnsembleRecord> byId(RecordId id) {
        return byId(SELECT_RECORDS, id).map(RecordRowMappers::record).findOne();
    }

    /** Sorted here rather than in SQL: names compare by code unit, whatever the database's collation. */
    @Override
    public List<EnsembleRecord> ofEnsemble(EnsembleId ensembleId) {
        return handle.createQuery(SELECT_RECORDS + "WHERE e.id = :ensembleId")
                .bind("ensembleId", ensembleId.value())
                .map(RecordRowMappers::record)
                .stream()
                .sorted(LISTING_ORDER)
                .toList();
    }

    @Override
    public Map<EnsembleId, List<EnsembleRecord>> ofEnsembles(Collection<EnsembleId> ensembleIds) {
        var records = new LinkedHashMap<EnsembleId, List<EnsembleRecord>>();
        ensembleIds.forEach(id -> records.put(id, new ArrayList<>()));
        if (!records.isEmpty()) {
            handle.createQuery(SELECT_RECORDS + "WHERE e.id IN (<ensembleIds>)")
                    .bindList("ensembleIds", records.keySet().stream().map(EnsembleId::value).toList())
                    .map(RecordRowMappers::record)
                    .stream()
                    .sorted(LISTING_ORDER)
                    .forEach(record -> records.get(record.ensembleId()).add(record));
        }
        return records;
    }

    @Override
    public List<NumericRecord> numeric(EnsembleId ensembleId, String name) {
        return digesting(ofName(SELECT_NUMERIC, ensembleId, name, "ORDER BY r.pk"))
                .map(this::numericRow)
                .list();
    }

    @Override
    public Optional<NumericRecord> numeric(RecordId id) {
        return digesting(byId(SELECT_NUMERIC, id)).map(this::numericRow).findOne();
    }

    /** One query: the slot's record joined to its matrix, which a file record has none of. */
    @Override
    public Optional<NumericRecord> numeric(EnsembleId ensembleId, String name, Optional<Integer> realization) {
        return digesting(ofSlot(SELECT_NUMERIC, ensembleId, name, realization)).map(this::numericRow).findOne();
    }

    private NumericRecord numericRow(ResultSet rs, StatementContext ctx) throws SQLException {
        var id = new RecordId(rs.getObject("id", UUID.class));
        return RecordRowMappers.numeric(rs, ctx, labels.read(rs.getString("labels_digest"), () -> labelsText(id)));
    }

    @Override
    public Stream<StreamedStack.Head> numericHeads(EnsembleId ensembleId, String name,
            Optional<RealizationSet> realizations) {
        return digesting(ofRealizations(SELECT_HEADS, ensembleId, name, realizations))
                .map((rs, ctx) -> {
                    var id = new RecordId(rs.getObject("id", UUID.class));
                    return new StreamedStack.Head(id, Optional.ofNullable(rs.getObject("realization_index", Integer.class)),
                            new Shape(SqlArrays.list(rs, "shape", Integer.class)),
                            labels.read(rs.getString("labels_digest"), () -> labelsText(id)));
                })
                .stream();
    }

    private Query digesting(Query query) {
        return query.define("labelsDigest", DatabaseProduct.isPostgres(handle) ? POSTGRES_LABELS_DIGEST : H2_LABELS_DIGEST);
    }

    private String labelsText(RecordId id) {
        return handle.createQuery(SELECT_LABELS).bind("id", id.value()).mapTo(String.class).one();
    }

    /** A cursor needs a transaction on PostgreSQL (autocommit off), which every unit of work has. */
    @Override
    public Stream<StoredValues> numericValues(EnsembleId ensembleId, String name, Optional<RealizationSet> realizations) {
        return ofRealizations(SELECT_VALUES, ensembleId, name, realizations)
                .map((rs, ctx) -> new StoredValues(new RecordId(rs.getObject("id", UUID.class)),
                        PackedDoubles.unpackArray(rs.getBytes("content"))))
                .stream();
    }

    @Override
    public List<RecordId> numericIds(EnsembleId ensembleId, String name) {
        return ofName(SELECT_IDS, ensembleId, name, "AND i.record_type = :type")
                .bind("type", RecordType.F64_MATRIX.wireName())
                .map((rs, ctx) -> new RecordId(rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public Set<RecordId> withObservations(Collection<RecordId> ids) {
        return ids(SELECT_WITH_OBSERVATIONS, ids);
    }

    @Override
    public void attachObservations(RecordId id, List<ObservationId> observations) {
        var recordPk = handle.createQuery(SELECT_RECORD_PK).bind("id", id.value()).mapTo(Long.class).findOne();
        if (recordPk.isEmpty()) {
            return;
        }
        handle.createUpdate(DELETE_LINKS).bind("recordPk", recordPk.get()).execute();
        // One statement per link, in order: each reads the seq the previous one may have taken.
        for (var observation : new LinkedHashSet<>(observations)) {
            handle.createUpdate(INSERT_LINK)
                    .bind("recordPk", recordPk.get())
                    .bind("observationId", observation.value())
                    .execute();
        }
    }

    @Override
    public List<ObservationId> observations(RecordId id) {
        return handle.createQuery(SELECT_OBSERVATIONS)
                .bind("id", id.value())
                .map((rs, ctx) -> new ObservationId(rs.getObject("id", UUID.class)))
                .list();
    }

    /** The query of records (or numeric records) of a name, with the given rest of its WHERE clause. */
    private Query ofName(String select, EnsembleId ensembleId, String name, String rest) {
        return handle.createQuery(select + "WHERE e.id = :ensembleId AND i.name = :name " + rest)
                .bind("ensembleId", ensembleId.value())
                .bind("name", name);
    }

    private Query ofSlot(String select, EnsembleId ensembleId, String name, Optional<Integer> realization) {
        // realization_key is -1 for the ensemble-wide record; indices are never negative.
        return ofName(select, ensembleId, name, "AND r.realization_key = :realizationKey")
                .bind("realizationKey", realization.orElse(-1));
    }

    /** A cursor over the name's records of the realizations (all when empty), in realization order. */
    private Query ofRealizations(String select, EnsembleId ensembleId, String name, Optional<RealizationSet> realizations) {
        var ranges = realizations.map(RealizationSet::ranges).orElse(List.of());
        var where = new StringBuilder();
        if (realizations.isPresent()) {
            // A set that keeps nothing has no ranges: FALSE keeps the query valid.
            where.append("AND (FALSE");
            for (int i = 0; i < ranges.size(); i++) {
                where.append(" OR r.realization_index BETWEEN :first").append(i).append(" AND :last").append(i);
            }
            where.append(") ");
        }
        var query = ofName(select, ensembleId, name, where + REALIZATION_ORDER).setFetchSize(CURSOR_FETCH_SIZE);
        for (int i = 0; i < ranges.size(); i++) {
            query.bind("first" + i, ranges.get(i).first()).bind("last" + i, ranges.get(i).last());
        }
        return query;
    }

    private Query byId(String select, RecordId id) {
        return handle.createQuery(select + "WHERE r.id = :id").bind("id", id.value());
    }

    /** Those of the ids the query, which selects {@code id} of records among {@code <ids>}, returns. */
    private Set<RecordId> ids(String query, Collection<RecordId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return handle.createQuery(query)
                .bindList("ids", ids.stream().map(RecordId::value).distinct().toList())
                .map((rs, ctx) -> new RecordId(rs.getObject("id", UUID.class)))
                .collect(Collectors.toSet());
    }
}
