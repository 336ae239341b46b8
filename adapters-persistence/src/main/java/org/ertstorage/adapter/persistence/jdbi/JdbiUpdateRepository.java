package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ertstorage.application.port.out.UpdateRepository;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.Lineage;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.update.ObservationTransformation;
import org.ertstorage.domain.update.TransformationId;
import org.ertstorage.domain.update.Update;
import org.ertstorage.domain.update.UpdateId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Updates in the table {@code "update"} (a reserved word, so always quoted), their
 * transformations, in order, in {@code observation_transformation}.
 */
final class JdbiUpdateRepository implements UpdateRepository {

    private static final String INSERT_UPDATE = """
            INSERT INTO "update" (id, algorithm, ensemble_reference_pk)
            VALUES (:id, :algorithm, (SELECT pk FROM ensemble WHERE id = :reference))
            """;
    private static final String INSERT_TRANSFORMATION = """
            INSERT INTO observation_transformation (id, update_pk, observation_pk, seq, active, scale)
            VALUES (:id, :updatePk, (SELECT pk FROM observation WHERE id = :observationId), :seq, :active, :scale)
            """;
    private static final String SELECT_UPDATES = """
            SELECT u.pk, u.id, u.algorithm, reference.id AS reference_id, result.id AS result_id
            FROM "update" u
            JOIN ensemble reference ON reference.pk = u.ensemble_reference_pk
            LEFT JOIN ensemble result ON result.pk = u.ensemble_result_pk
            """;
    private static final String SELECT_TRANSFORMATIONS = """
            SELECT t.id, o.id AS observation_id, o.name, t.active, t.scale
            FROM observation_transformation t JOIN observation o ON o.pk = t.observation_pk
            WHERE t.update_pk = :updatePk
            ORDER BY t.seq
            """;
    private static final String SELECT_TRANSFORMATIONS_OF_UPDATES = """
            SELECT t.update_pk, t.id, o.id AS observation_id, o.name, t.active, t.scale
            FROM observation_transformation t JOIN observation o ON o.pk = t.observation_pk
            WHERE t.update_pk IN (<updatePks>)
            ORDER BY t.update_pk, t.seq
            """;
    // The IS NULL condition makes the store decide: of two racing links, the second matches no row.
    private static final String LINK_RESULT = """
            UPDATE "update" SET ensemble_result_pk = (SELECT pk FROM ensemble WHERE id = :result),
                                time_updated = CURRENT_TIMESTAMP
            WHERE id = :id AND ensemble_result_pk IS NULL
            """;
    // The updates that made the ensembles (their parents) and those made from them (their
    // children, in the order they were made) in one statement: every ensemble read asks for both.
    private static final String SELECT_LINKS = """
            SELECT reference.id AS reference_id, result.id AS result_id
            FROM "update" u
            JOIN ensemble reference ON reference.pk = u.ensemble_reference_pk
            JOIN ensemble result ON result.pk = u.ensemble_result_pk
            WHERE result.id IN (<ensembleIds>) OR reference.id IN (<ensembleIds>)
            ORDER BY result.pk
            """;

    private final Handle handle;

    JdbiUpdateRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(Update update) {
        long pk = handle.createUpdate(INSERT_UPDATE)
                .bind("id", update.id().value())
                .bind("algorithm", update.algorithm())
                .bind("reference", update.reference().value())
                .executeAndReturnGeneratedKeys("pk")
                .mapTo(Long.class)
                .one();
        var batch = handle.prepareBatch(INSERT_TRANSFORMATION);
        var transformations = update.transformations();
        for (int seq = 0; seq < transformations.size(); seq++) {
            var transformation = transformations.get(seq);
            batch.bind("id", transformation.id().value())
                    .bind("updatePk", pk)
                    .bind("observationId", transformation.observationId().value())
                    .bind("seq", seq)
                    .bindArray("active", Boolean.class, transformation.active())
                    .bind("scale", PackedDoubles.pack(transformation.scale()))
                    .add();
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        update.result().ifPresent(result -> linkResult(update.id(), result));
    }

    @Override
    public Optional<Update> find(UpdateId id) {
        return handle.createQuery(SELECT_UPDATES + "WHERE u.id = :id")
                .bind("id", id.value())
                .map(JdbiUpdateRepository::updateRow)
                .findOne()
                .map(this::withTransformations);
    }

    @Override
    public Optional<Update> findByResult(EnsembleId result) {
        return handle.createQuery(SELECT_UPDATES + "WHERE result.id = :result")
                .bind("result", result.value())
                .map(JdbiUpdateRepository::updateRow)
                .findOne()
                .map(this::withTransformations);
    }

    @Override
    public boolean linkResult(UpdateId id, EnsembleId result) {
        return handle.createUpdate(LINK_RESULT).bind("id", id.value()).bind("result", result.value()).execute() > 0;
    }

    @Override
    public Map<EnsembleId, Lineage> lineages(Collection<EnsembleId> ensembles) {
        var lineages = new HashMap<EnsembleId, Lineage>();
        if (ensembles.isEmpty()) {
            return lineages;
        }
        var wanted = Set.copyOf(ensembles);
        var parents = new HashMap<EnsembleId, EnsembleId>();
        var children = new HashMap<EnsembleId, List<EnsembleId>>();
        handle.createQuery(SELECT_LINKS)
                .bindList("ensembleIds", wanted.stream().map(EnsembleId::value).toList())
                .map((rs, ctx) -> Map.entry(new EnsembleId(rs.getObject("reference_id", UUID.class)),
                        new EnsembleId(rs.getObject("result_id", UUID.class))))
                .forEach(link -> {
                    if (wanted.contains(link.getValue())) {
                        parents.put(link.getValue(), link.getKey());
                    }
                    if (wanted.contains(link.getKey())) {
                        children.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue());
                    }
                });
        ensembles.forEach(ensemble -> lineages.put(ensemble,
                new Lineage(Optional.ofNullable(parents.get(ensemble)), children.getOrDefault(ensemble, List.of()))));
        return lineages;
    }

    /** Two statements whatever the count: the updates, then all their transformations. */
    @Override
    public List<Update> touching(Collection<EnsembleId> ensembles) {
        if (ensembles.isEmpty()) {
            return List.of();
        }
        var ids = ensembles.stream().map(EnsembleId::value).distinct().toList();
        var rows = handle.createQuery(SELECT_UPDATES + "WHERE reference.id IN (<ids>) OR result.id IN (<ids>) ORDER BY u.pk")
                .bindList("ids", ids)
                .map(JdbiUpdateRepository::updateRow)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var transformations = new HashMap<Long, List<ObservationTransformation>>();
        handle.createQuery(SELECT_TRANSFORMATIONS_OF_UPDATES)
                .bindList("updatePks", rows.stream().map(UpdateRow::pk).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong("update_pk"), transformation(rs, ctx)))
                .forEach(pair -> transformations.computeIfAbsent(pair.getKey(), pk -> new ArrayList<>()).add(pair.getValue()));
        return rows.stream().map(row -> new Update(row.id(), row.algorithm(), row.reference(), row.result(),
                transformations.getOrDefault(row.pk(), List.of()))).toList();
    }

    /** Pairs of (given ensemble, ensemble linked to it) as the query selects them. */
    private Update withTransformations(UpdateRow row) {
        var transformations = handle.createQuery(SELECT_TRANSFORMATIONS)
                .bind("updatePk", row.pk())
                .map(JdbiUpdateRepository::transformation)
                .list();
        return new Update(row.id(), row.algorithm(), row.reference(), row.result(), transformations);
    }

    private static UpdateRow updateRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new UpdateRow(
                rs.getLong("pk"),
                new UpdateId(rs.getObject("id", UUID.class)),
                rs.getString("algorithm"),
                new EnsembleId(rs.getObject("reference_id", UUID.class)),
                Optional.ofNullable(rs.getObject("result_id", UUID.class)).map(EnsembleId::new));
    }

    private static ObservationTransformation transformation(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ObservationTransformation(
                new TransformationId(rs.getObject("id", UUID.class)),
                new ObservationId(rs.getObject("observation_id", UUID.class)),
                rs.getString("name"),
                SqlArrays.list(rs, "active", Boolean.class),
                PackedDoubles.unpack(rs.getBytes("scale")));
    }

    /** An update as its table holds it, without the transformations. */
    private record UpdateRow(long pk, UpdateId id, String algorithm, EnsembleId reference, Optional<EnsembleId> result) {
    }
}
