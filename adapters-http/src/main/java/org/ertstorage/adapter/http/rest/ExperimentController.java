package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import org.ertstorage.adapter.http.rest.dto.EnsembleOut;
import org.ertstorage.adapter.http.rest.dto.ExperimentIn;
import org.ertstorage.adapter.http.rest.dto.ExperimentOut;
import org.ertstorage.application.port.in.ensemble.ListEnsemblesUseCase;
import org.ertstorage.application.port.in.experiment.CreateExperimentUseCase;
import org.ertstorage.application.port.in.experiment.DeleteExperimentUseCase;
import org.ertstorage.application.port.in.experiment.GetExperimentUseCase;
import org.ertstorage.application.port.in.experiment.ListExperimentsUseCase;
import org.ertstorage.domain.experiment.ExperimentId;

/** {@code /experiments}: create, list, read and delete experiments, and list their ensembles. */
public final class ExperimentController {

    private final CreateExperimentUseCase create;
    private final ListExperimentsUseCase list;
    private final GetExperimentUseCase get;
    private final DeleteExperimentUseCase delete;
    private final ListEnsemblesUseCase ensembles;

    public ExperimentController(CreateExperimentUseCase create, ListExperimentsUseCase list, GetExperimentUseCase get,
            DeleteExperimentUseCase delete, ListEnsemblesUseCase ensembles) {
        this.create = create;
        this.list = list;
        this.get = get;
        this.delete = delete;
        this.ensembles = ensembles;
    }

    public void list(Context ctx) {
        JsonAnswer.send(ctx, list.list().stream().map(ExperimentOut::from).toList());
    }

    public void create(Context ctx) {
        var in = ExperimentIn.read(JsonBody.read(ctx));
        JsonAnswer.send(ctx, ExperimentOut.from(create.create(in.name(), in.priors())));
    }

    public void get(Context ctx) {
        JsonAnswer.send(ctx, ExperimentOut.from(get.get(experimentId(ctx))));
    }

    public void delete(Context ctx) {
        delete.delete(experimentId(ctx));
        JsonAnswer.sendNull(ctx);
    }

    /** Unlike the original (DEFECTS D-21), an unknown experiment is a 404, not an empty list. */
    public void ensembles(Context ctx) {
        JsonAnswer.send(ctx, ensembles.ofExperiment(experimentId(ctx)).stream().map(EnsembleOut::from).toList());
    }

    static ExperimentId experimentId(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid("experiment_id");
        parameters.validate();
        return new ExperimentId(id);
    }
}
