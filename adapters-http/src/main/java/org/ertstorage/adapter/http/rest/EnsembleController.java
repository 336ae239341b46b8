package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import org.ertstorage.adapter.http.rest.dto.EnsembleIn;
import org.ertstorage.adapter.http.rest.dto.EnsembleOut;
import org.ertstorage.application.port.in.ensemble.CompleteEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.GetEnsembleUseCase;
import org.ertstorage.domain.ensemble.EnsembleId;

/** Ensembles: created under an experiment, read by id, and marked complete when their evaluation ends. */
public final class EnsembleController {

    private final CreateEnsembleUseCase create;
    private final GetEnsembleUseCase get;
    private final CompleteEnsembleUseCase complete;

    public EnsembleController(CreateEnsembleUseCase create, GetEnsembleUseCase get, CompleteEnsembleUseCase complete) {
        this.create = create;
        this.get = get;
        this.complete = complete;
    }

    public void create(Context ctx) {
        var experimentId = ExperimentController.experimentId(ctx);
        var in = EnsembleIn.read(JsonBody.read(ctx));
        JsonAnswer.send(ctx, EnsembleOut.from(create.create(in.toCommand(experimentId))));
    }

    public void get(Context ctx) {
        JsonAnswer.send(ctx, EnsembleOut.from(get.get(ensembleId(ctx))));
    }

    /** Idempotent: completing a complete ensemble changes nothing. */
    public void complete(Context ctx) {
        JsonAnswer.send(ctx, EnsembleOut.from(complete.complete(ensembleId(ctx))));
    }

    static EnsembleId ensembleId(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid("ensemble_id");
        parameters.validate();
        return new EnsembleId(id);
    }
}
