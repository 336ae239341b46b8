package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.out.ObservationRepository;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.observation.Observation;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.observation.ObservationNameTaken;
import org.ertstorage.domain.record.RecordId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Observation groups in the table {@code observation}, their links to records, in order, in
 * {@code observation_record}.
 */
final class JdbiObservationRepository implements ObservationRepository {

    private static final String INSERT_OBSERVATION = """
            INSERT INTO observation (id, experiment_pk, name, x_axis, point_values, point_errors, userdata)
            VALUES (:id, (SELECT pk FROM experiment WHERE id = :experimentId), :name, :xAxis, :values, :errors, :userdata)
            """;
    // An unknown record id leaves record_pk null, which the NOT NULL constraint refuses.
    private static final String INSERT_RECORD_LINK = """
            INSERT INTO observation_record (observation_pk, record_pk, seq)
            VALUES (:observationPk, (SELECT pk FROM record WHERE id = :recordId), :seq)
            """;
    private static final String SELECT_OBSERVATIONS = """
            SELECT o.pk, o.id, x.id AS experiment_id, o.name, o.x_axis, o.point_values, o.point_errors, o.userdata
            FROM observation o JOIN experiment x ON x.pk = o.experiment_pk
            """;
    private static final String SELECT_RECORD_LINKS = """
            SELECT l.observation_pk, r.id AS record_id
            FROM observation_record l JOIN record r ON r.pk = l.record_pk
            WHERE l.observation_pk IN (<observationPks>)
            ORDER BY l.observation_pk, l.seq
            """;

    private final Handle handle;

    JdbiObservationRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(Observation observation) {
        long pk;
        try {
            pk = handle.createUpdate(INSERT_OBSERVATION)
                    .bind("id", observation.id().value())
                    .bind("experimentId", observation.experimentId().value())
                    .bind("name", observation.name())
                    .bindArray("xAxis", String.class, observation.xAxis())
                    .bind("values", PackedDoubles.pack(observation.values()))
                    .bind("errors", PackedDoubles.pack(observation.errors()))
                    .bind("userdata", observation.userdata().toJson())
                    .executeAndReturnGeneratedKeys("pk")
                    .mapTo(Long.class)
                    .one();
        } catch (UnableToExecuteStatementException e) {
            if (UniqueViolation.of(e, "uq_observation_name")) {
                throw new ObservationNameTaken(observation.name(), observation.experimentId());
            }
            throw e;
        }
        var batch = handle.prepareBatch(INSERT_RECORD_LINK);
        for (int seq = 0; seq < observation.records().size(); seq++) {
            batch.bind("observationPk", pk).bind("recordId", observation.records().get(seq).value()).bind("seq", seq).add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public Optional<Observation> find(ObservationId id) {
        return withRecords(handle.createQuery(SELECT_OBSERVATIONS + "WHERE o.id = :id")
                .bind("id", id.value())
                .map(JdbiObservationRepository::observationRow)
                .list()).stream().findFirst();
    }

    @Override
    public List<Observation> findByExperiment(ExperimentId experimentId) {
        return withRecords(handle.createQuery(SELECT_OBSERVATIONS + "WHERE x.id = :experimentId ORDER BY o.pk")
                .bind("experimentId", experimentId.value())
                .map(JdbiObservationRepository::observationRow)
                .list());
    }

    @Override
    public List<Observation> findByIds(Collection<ObservationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withRecords(handle.createQuery(SELECT_OBSERVATIONS + "WHERE o.id IN (<ids>) ORDER BY o.pk")
                .bindList("ids", ids.stream().map(ObservationId::value).distinct().toList())
                .map(JdbiObservationRepository::observationRow)
                .list());
    }

    /** The observations of the rows, each with its linked records in their order. */
    private List<Observation> withRecords(List<ObservationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var records = new HashMap<Long, List<RecordId>>();
        handle.createQuery(SELECT_RECORD_LINKS)
                .bindList("observationPks", rows.stream().map(ObservationRow::pk).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("observation_pk"), new RecordId(rs.getObject("record_id", UUID.class))))
                .forEach(link -> records.computeIfAbsent(link.getKey(), pk -> new ArrayList<>()).add(link.getValue()));
        return rows.stream().map(row -> row.toObservation(records.getOrDefault(row.pk(), List.of()))).toList();
    }

    private static ObservationRow observationRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ObservationRow(
                rs.getLong("pk"),
                new ObservationId(rs.getObject("id", UUID.class)),
                new ExperimentId(rs.getObject("experiment_id", UUID.class)),
                rs.getString("name"),
                SqlArrays.list(rs, "x_axis", String.class),
                PackedDoubles.unpack(rs.getBytes("point_values")),
                PackedDoubles.unpack(rs.getBytes("point_errors")),
                rs.getString("userdata"));
    }

    /** An observation as its table holds it, without the record links. */
    private record ObservationRow(long pk, ObservationId id, ExperimentId experimentId, String name, List<String> xAxis,
            List<Double> values, List<Double> errors, String userdata) {

        Observation toObservation(List<RecordId> records) {
            return new Observation(id, experimentId, name, xAxis, values, errors, records, UserdataJson.parse(userdata));
        }
    }
}
