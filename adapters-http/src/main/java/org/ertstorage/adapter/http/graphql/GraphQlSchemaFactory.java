package org.ertstorage.adapter.http.graphql;

import org.ertstorage.adapter.http.HttpUseCases;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ertstorage.domain.Timestamps;

/** Builds the executable schema from {@code schema.graphqls} (schema first) and one runtime wiring. */
public final class GraphQlSchemaFactory {

    private GraphQlSchemaFactory() {
    }

    public static GraphQLSchema create(HttpUseCases useCases) {
        var registry = new SchemaParser().parse(sdl());
        return new SchemaGenerator().makeExecutableSchema(registry, wiring(useCases));
    }

    private static RuntimeWiring wiring(HttpUseCases useCases) {
        var query = new QueryFetchers(useCases);
        var mutations = new MutationFetchers(useCases);
        var experiments = new ExperimentFetchers();
        var ensembles = new EnsembleFetchers();
        var records = new RecordFetchers();
        var updates = new UpdateFetchers();
        var experimentTimes = new TimestampFetchers(Timestamps.Of.EXPERIMENT, source -> ((ExperimentNode) source).id());
        var ensembleTimes = new TimestampFetchers(Timestamps.Of.ENSEMBLE, source -> ((EnsembleNode) source).id());
        var recordTimes = new TimestampFetchers(Timestamps.Of.RECORD, source -> ((RecordNode) source).id());
        return RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.uuid())
                .scalar(Scalars.dateTime())
                .scalar(Scalars.jsonString())
                .type("Query", type -> type
                        .dataFetcher("experiments", query.experiments())
                        .dataFetcher("experiment", query.experiment())
                        .dataFetcher("ensemble", query.ensemble()))
                .type("Mutations", type -> type
                        .dataFetcher("createExperiment", mutations.createExperiment())
                        .dataFetcher("createEnsemble", mutations.createEnsemble()))
                .type("Experiment", type -> times(type, experimentTimes).dataFetcher("ensembles", experiments.ensembles()))
                .type("CreateExperiment", type -> times(type, experimentTimes)
                        .dataFetcher("ensembles", experiments.ensembles())
                        .dataFetcher("createEnsemble", mutations.createEnsembleInExperiment()))
                .type("Ensemble", type -> times(type, ensembleTimes)
                        .dataFetcher("experiment", ensembles.experiment())
                        .dataFetcher("children", ensembles.children())
                        .dataFetcher("parent", ensembles.parent())
                        .dataFetcher("childEnsembles", ensembles.childEnsembles())
                        .dataFetcher("parentEnsemble", ensembles.parentEnsemble())
                        .dataFetcher("responses", ensembles.responses())
                        .dataFetcher("uniqueResponses", ensembles.uniqueResponses())
                        .dataFetcher("parameters", ensembles.parameters()))
                .type("CreateEnsemble", type -> times(type, ensembleTimes)
                        .dataFetcher("experiment", ensembles.experiment())
                        .dataFetcher("children", ensembles.children())
                        .dataFetcher("parent", ensembles.parent()))
                .type("Parameter", type -> times(type, recordTimes)
                        .dataFetcher("recordInfo", records.recordInfo())
                        .dataFetcher("prior", records.prior()))
                .type("Response", type -> times(type, recordTimes))
                .type("UniqueResponse", type -> type
                        .dataFetcher("ensemble", records.infoEnsemble())
                        .dataFetcher("records", records.infoRecords()))
                .type("Update", type -> type
                        .dataFetcher("ensembleReference", updates.ensembleReference())
                        .dataFetcher("ensembleResult", updates.ensembleResult()))
                .build();
    }

    private static TypeRuntimeWiring.Builder times(TypeRuntimeWiring.Builder type, TimestampFetchers times) {
        return type.dataFetcher("timeCreated", times.created()).dataFetcher("timeUpdated", times.updated());
    }

    private static String sdl() {
        try (InputStream in = GraphQlSchemaFactory.class.getResourceAsStream("schema.graphqls")) {
            if (in == null) {
                throw new IllegalStateException("schema.graphqls is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
