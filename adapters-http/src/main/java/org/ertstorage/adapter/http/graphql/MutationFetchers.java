package org.ertstorage.adapter.http.graphql;

import org.ertstorage.adapter.http.HttpUseCases;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleCommand;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.experiment.ExperimentId;

/**
 * {@code Mutations} and {@code CreateExperiment.createEnsemble}: the REST use cases with their
 * rules (DEFECTS D-02); creating is refused outside mutation operations (D-03).
 */
final class MutationFetchers {

    private final HttpUseCases useCases;

    MutationFetchers(HttpUseCases useCases) {
        this.useCases = useCases;
    }

    DataFetcher<ExperimentNode> createExperiment() {
        return env -> {
            String name = GraphQlArguments.required(env, "name");
            return ExperimentNode.from(useCases.createExperiment().create(name, Map.of()));
        };
    }

    DataFetcher<EnsembleNode> createEnsemble() {
        return env -> createEnsemble(env, new ExperimentId(GraphQlArguments.uuid(env, "experimentId")));
    }

    /** The field of the {@code CreateExperiment} type: an ensemble in the experiment it is read on. */
    DataFetcher<EnsembleNode> createEnsembleInExperiment() {
        return env -> {
            ExperimentNode experiment = env.getSource();
            return createEnsemble(env, new ExperimentId(experiment.id()));
        };
    }

    private EnsembleNode createEnsemble(DataFetchingEnvironment env, ExperimentId experimentId) {
        if (env.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION) {
            throw new GraphQlInputError("createEnsemble is only allowed in a mutation");
        }
        Integer size = GraphQlArguments.required(env, "size");
        List<String> parameterNames = GraphQlArguments.required(env, "parameterNames");
        List<Integer> active = GraphQlArguments.optionalList(env, "activeRealizations");
        var command = new CreateEnsembleCommand(experimentId, size, new DeclaredNames(parameterNames, List.of()),
                active, Optional.empty(), Userdata.EMPTY);
        return EnsembleNode.from(useCases.createEnsemble().create(command));
    }
}
