package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.out.ExperimentRepository;
import org.ertstorage.domain.experiment.Experiment;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.prior.Prior;
import org.ertstorage.domain.prior.PriorFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** Experiments and their priors in the tables {@code experiment} and {@code prior}. */
final class JdbiExperimentRepository implements ExperimentRepository {

    private static final String INSERT_EXPERIMENT = """
            INSERT INTO experiment (id, name, userdata) VALUES (:id, :name, :userdata)
            """;
    private static final String INSERT_PRIOR = """
            INSERT INTO prior (experiment_pk, name, function_name, argument_values)
            VALUES (:experimentPk, :name, :function, :arguments)
            """;
    private static final String SELECT_EXPERIMENTS = """
            SELECT pk, id, name, userdata FROM experiment
            """;
    private static final String SELECT_PRIORS = """
            SELECT experiment_pk, name, function_name, argument_values FROM prior
            """;
    private static final String DELETE_EXPERIMENT = """
            DELETE FROM experiment WHERE id = :id
            """;

    private final Handle handle;

    JdbiExperimentRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(Experiment experiment) {
        long pk = handle.createUpdate(INSERT_EXPERIMENT)
                .bind("id", experiment.id().value())
                .bind("name", experiment.name())
                .bind("userdata", experiment.userdata().toJson())
                .executeAndReturnGeneratedKeys("pk")
                .mapTo(Long.class)
                .one();
        var batch = handle.prepareBatch(INSERT_PRIOR);
        experiment.priors().forEach((name, prior) -> batch
                .bind("experimentPk", pk)
                .bind("name", name)
                .bind("function", prior.function().wireName())
                .bind("arguments", PackedDoubles.pack(prior.argumentValues()))
                .add());
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public Optional<Experiment> find(ExperimentId id) {
        return handle.createQuery(SELECT_EXPERIMENTS + "WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiExperimentRepository::experimentRow)
                .findOne()
                .map(row -> row.toExperiment(priorsByExperiment(
                        handle.createQuery(SELECT_PRIORS + "WHERE experiment_pk = :pk ORDER BY pk").bind("pk", row.pk()))
                        .getOrDefault(row.pk(), Map.of())));
    }

    @Override
    public List<Experiment> findAll() {
        var rows = handle.createQuery(SELECT_EXPERIMENTS + "ORDER BY pk")
                .map(JdbiExperimentRepository::experimentRow)
                .list();
        var priors = priorsByExperiment(handle.createQuery(SELECT_PRIORS + "ORDER BY pk"));
        return rows.stream().map(row -> row.toExperiment(priors.getOrDefault(row.pk(), Map.of()))).toList();
    }

    @Override
    public List<Experiment> findByIds(Collection<ExperimentId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var rows = handle.createQuery(SELECT_EXPERIMENTS + "WHERE id IN (<ids>) ORDER BY pk")
                .bindList("ids", ids.stream().map(ExperimentId::value).distinct().toList())
                .map(JdbiExperimentRepository::experimentRow)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var priors = priorsByExperiment(handle.createQuery(SELECT_PRIORS + "WHERE experiment_pk IN (<pks>) ORDER BY pk")
                .bindList("pks", rows.stream().map(ExperimentRow::pk).toList()));
        return rows.stream().map(row -> row.toExperiment(priors.getOrDefault(row.pk(), Map.of()))).toList();
    }

    @Override
    public boolean delete(ExperimentId id) {
        // Every table under experiment references its parent ON DELETE CASCADE (V1__create_schema.sql).
        return handle.createUpdate(DELETE_EXPERIMENT).bind("id", id.value()).execute() > 0;
    }

    /** The priors the query selects, by experiment pk, each experiment's in the query's order. */
    private static Map<Long, Map<String, Prior>> priorsByExperiment(Query query) {
        var priors = new HashMap<Long, Map<String, Prior>>();
        query.map(JdbiExperimentRepository::priorRow).forEach(row -> priors
                .computeIfAbsent(row.experimentPk(), pk -> new LinkedHashMap<>())
                .put(row.name(), row.prior()));
        return priors;
    }

    private static PriorRow priorRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new PriorRow(rs.getLong("experiment_pk"), rs.getString("name"), prior(rs));
    }

    private static Prior prior(ResultSet rs) throws SQLException {
        var function = PriorFunction.fromWireName(rs.getString("function_name")).orElseThrow();
        var values = PackedDoubles.unpack(rs.getBytes("argument_values"));
        var arguments = new LinkedHashMap<String, Double>();
        for (int i = 0; i < values.size(); i++) {
            arguments.put(function.argumentNames().get(i), values.get(i));
        }
        return Prior.of(function, arguments);
    }

    private static ExperimentRow experimentRow(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ExperimentRow(rs.getLong("pk"), rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getString("userdata"));
    }

    private record PriorRow(long experimentPk, String name, Prior prior) {
    }

    private record ExperimentRow(long pk, UUID id, String name, String userdata) {

        Experiment toExperiment(Map<String, Prior> priors) {
            return new Experiment(new ExperimentId(id), name, priors, UserdataJson.parse(userdata));
        }
    }
}
