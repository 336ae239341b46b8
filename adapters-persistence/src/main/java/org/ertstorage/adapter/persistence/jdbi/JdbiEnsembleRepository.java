package org.ertstorage.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ertstorage.application.port.out.EnsembleRepository;
import org.ertstorage.domain.ensemble.ActiveRealizations;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.ensemble.EnsembleState;
import org.ertstorage.domain.experiment.ExperimentId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Ensembles in the table {@code ensemble}; lists of names and indices are SQL arrays. */
final class JdbiEnsembleRepository implements EnsembleRepository {

    private static final String INSERT_ENSEMBLE = """
            INSERT INTO ensemble (id, experiment_pk, size, active_realizations, parameter_names, response_names,
                                  state, userdata)
            VALUES (:id, (SELECT pk FROM experiment WHERE id = :experimentId), :size, :activeRealizations,
                    :parameterNames, :responseNames, :state, :userdata)
            """;
    private static final String SELECT_ENSEMBLES = """
            SELECT e.id, x.id AS experiment_id, e.size, e.active_realizations, e.parameter_names, e.response_names,
                   e.state, e.userdata
            FROM ensemble e JOIN experiment x ON x.pk = e.experiment_pk
            """;
    private static final String SELECT_IDS_BY_EXPERIMENT = """
            SELECT x.id AS experiment_id, e.id AS ensemble_id
            FROM ensemble e JOIN experiment x ON x.pk = e.experiment_pk
            WHERE x.id IN (<experimentIds>)
            ORDER BY e.pk
            """;
    private static final String UPDATE_STATE = """
            UPDATE ensemble SET state = :state, time_updated = CURRENT_TIMESTAMP WHERE id = :id
            """;

    private final Handle handle;

    JdbiEnsembleRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public void add(Ensemble ensemble) {
        handle.createUpdate(INSERT_ENSEMBLE)
                .bind("id", ensemble.id().value())
                .bind("experimentId", ensemble.experimentId().value())
                .bind("size", ensemble.size())
                .bindArray("activeRealizations", Integer.class, ensemble.activeRealizations().indices())
                .bindArray("parameterNames", String.class, ensemble.names().parameterNames())
                .bindArray("responseNames", String.class, ensemble.names().responseNames())
                .bind("state", stateName(ensemble.state()))
                .bind("userdata", ensemble.userdata().toJson())
                .execute();
    }

    @Override
    public Optional<Ensemble> find(EnsembleId id) {
        return handle.createQuery(SELECT_ENSEMBLES + "WHERE e.id = :id")
                .bind("id", id.value())
                .map(JdbiEnsembleRepository::ensemble)
                .findOne();
    }

    @Override
    public List<Ensemble> findByIds(Collection<EnsembleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle.createQuery(SELECT_ENSEMBLES + "WHERE e.id IN (<ids>) ORDER BY e.pk")
                .bindList("ids", ids.stream().map(EnsembleId::value).distinct().toList())
                .map(JdbiEnsembleRepository::ensemble)
                .list();
    }

    @Override
    public List<Ensemble> findByExperiment(ExperimentId experimentId) {
        return handle.createQuery(SELECT_ENSEMBLES + "WHERE x.id = :experimentId ORDER BY e.pk")
                .bind("experimentId", experimentId.value())
                .map(JdbiEnsembleRepository::ensemble)
                .list();
    }

    @Override
    public Map<ExperimentId, List<EnsembleId>> idsByExperiment(Collection<ExperimentId> experimentIds) {
        var ids = new LinkedHashMap<ExperimentId, List<EnsembleId>>();
        experimentIds.forEach(id -> ids.put(id, new ArrayList<>()));
        if (!ids.isEmpty()) {
            handle.createQuery(SELECT_IDS_BY_EXPERIMENT)
                    .bindList("experimentIds", ids.keySet().stream().map(ExperimentId::value).toList())
                    .map((rs, ctx) -> Map.entry(new ExperimentId(rs.getObject("experiment_id", UUID.class)),
                            new EnsembleId(rs.getObject("ensemble_id", UUID.class))))
                    .forEach(pair -> ids.get(pair.getKey()).add(pair.getValue()));
        }
        return ids;
    }

    @Override
    public void updateState(EnsembleId id, EnsembleState state) {
        handle.createUpdate(UPDATE_STATE).bind("id", id.value()).bind("state", stateName(state)).execute();
    }

    private static String stateName(EnsembleState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static Ensemble ensemble(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Ensemble(
                new EnsembleId(rs.getObject("id", UUID.class)),
                new ExperimentId(rs.getObject("experiment_id", UUID.class)),
                rs.getInt("size"),
                new DeclaredNames(SqlArrays.list(rs, "parameter_names", String.class),
                        SqlArrays.list(rs, "response_names", String.class)),
                new ActiveRealizations(SqlArrays.list(rs, "active_realizations", Integer.class)),
                EnsembleState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                UserdataJson.parse(rs.getString("userdata")));
    }
}
