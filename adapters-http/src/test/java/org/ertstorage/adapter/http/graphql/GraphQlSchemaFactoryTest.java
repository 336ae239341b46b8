package org.ertstorage.adapter.http.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ertstorage.adapter.http.InMemoryHttpServer;
import org.junit.jupiter.api.Test;

/** The wiring, tested by executing operations on the built schema (no HTTP). */
class GraphQlSchemaFactoryTest {

    private final GraphQlExecutor executor = new GraphQlExecutor(InMemoryHttpServer.useCases());

    @Test
    void givenSdl_create_keepsEveryTypeAndField() throws IOException {
        String sdl;
        try (var in = GraphQlSchemaFactory.class.getResourceAsStream("schema.graphqls")) {
            sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var declared = new SchemaParser().parse(sdl);
        var schema = GraphQlSchemaFactory.create(InMemoryHttpServer.useCases());
        declared.getTypes(graphql.language.ObjectTypeDefinition.class).forEach(type -> {
            var built = (GraphQLObjectType) schema.getType(type.getName());
            assertEquals(type.getFieldDefinitions().stream().map(f -> f.getName()).toList(),
                    built.getFieldDefinitions().stream().map(f -> f.getName()).toList(), type.getName());
        });
        assertEquals(List.of("PARAMETER", "RESPONSE", "OTHER"), ((graphql.schema.GraphQLEnumType) schema.getType("RecordClass"))
                .getValues().stream().map(v -> v.getName()).toList());
    }

    @Test
    void givenMutationThenQuery_execute_createsAndReadsBack() {
        var created = executor.execute("mutation { createExperiment(name: \"e\") { id createEnsemble(size: 2, parameterNames: [\"p\"]) { id } } }",
                null, Map.of());
        assertEquals(List.of("data"), List.copyOf(created.keySet()), created::toString);
        @SuppressWarnings("unchecked")
        var experiment = (Map<String, Object>) ((Map<String, Object>) created.get("data")).get("createExperiment");
        var read = executor.execute("query($id: ID!) { experiment(id: $id) { ensembles { activeRealizations } } }", null,
                Map.of("id", experiment.get("id")));
        assertEquals("{data={experiment={ensembles=[{activeRealizations=[0, 1]}]}}}", read.toString());
    }

    @Test
    void givenFailingFetcher_execute_reportsAShortMessageWithPath() {
        var answer = executor.execute("{ ensemble(id: \"x\") { id } }", null, Map.of());
        var text = answer.get("errors").toString();
        assertTrue(text.contains("Invalid UUID: x") && text.contains("path=[ensemble]"), text);
    }
}
