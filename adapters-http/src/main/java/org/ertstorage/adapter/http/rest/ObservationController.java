package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.util.Optional;
import org.ertstorage.adapter.http.rest.dto.ObservationIn;
import org.ertstorage.adapter.http.rest.dto.ObservationOut;
import org.ertstorage.application.port.in.observation.CreateObservationUseCase;
import org.ertstorage.application.port.in.observation.ListObservationsUseCase;

/** Observations: created and listed per experiment, listed per ensemble with the update's transformations. */
public final class ObservationController {

    private final CreateObservationUseCase create;
    private final ListObservationsUseCase list;

    public ObservationController(CreateObservationUseCase create, ListObservationsUseCase list) {
        this.create = create;
        this.list = list;
    }

    public void create(Context ctx) {
        var experimentId = ExperimentController.experimentId(ctx);
        var in = ObservationIn.read(JsonBody.read(ctx));
        JsonAnswer.send(ctx, ObservationOut.from(create.create(in.toCommand(experimentId)), Optional.empty()));
    }

    public void ofExperiment(Context ctx) {
        JsonAnswer.send(ctx, list.ofExperiment(ExperimentController.experimentId(ctx)).stream()
                .map(observation -> ObservationOut.from(observation, Optional.empty())).toList());
    }

    public void ofEnsemble(Context ctx) {
        JsonAnswer.send(ctx, list.ofEnsemble(EnsembleController.ensembleId(ctx)).stream()
                .map(details -> ObservationOut.from(details.observation(), details.transformation())).toList());
    }
}
