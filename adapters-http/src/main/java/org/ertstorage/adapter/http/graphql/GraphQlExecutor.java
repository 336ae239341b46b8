package org.ertstorage.adapter.http.graphql;

import org.ertstorage.adapter.http.HttpUseCases;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import java.util.Map;

/** Runs one operation on the schema with a fresh batch-loader registry. */
public final class GraphQlExecutor {

    private final GraphQL graphQl;
    private final GraphQlBatchLoaders loaders;

    public GraphQlExecutor(HttpUseCases useCases) {
        var errors = new GraphQlErrors();
        this.graphQl = GraphQL.newGraphQL(GraphQlSchemaFactory.create(useCases))
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new graphql.execution.AsyncSerialExecutionStrategy(errors))
                .build();
        this.loaders = new GraphQlBatchLoaders(useCases);
    }

    /** The result as GraphQL's response map: {@code data} and, when any, {@code errors}. */
    public Map<String, Object> execute(String query, String operationName, Map<String, Object> variables) {
        ExecutionResult result = graphQl.execute(ExecutionInput.newExecutionInput()
                .query(query)
                .operationName(operationName)
                .variables(variables == null ? Map.of() : variables)
                .dataLoaderRegistry(loaders.newRegistry())
                .build());
        return result.toSpecification();
    }
}
