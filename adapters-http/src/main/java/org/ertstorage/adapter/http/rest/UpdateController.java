package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import org.ertstorage.adapter.http.error.ApiError;
import org.ertstorage.adapter.http.rest.dto.UpdateIn;
import org.ertstorage.adapter.http.rest.dto.UpdateOut;
import org.ertstorage.application.port.in.update.CreateUpdateUseCase;
import org.ertstorage.application.port.in.update.GetUpdateUseCase;
import org.ertstorage.domain.update.UpdateId;

/** Updates: the edges from a reference ensemble to the ensemble an algorithm made from it. */
public final class UpdateController {

    private final CreateUpdateUseCase create;
    private final GetUpdateUseCase get;

    public UpdateController(CreateUpdateUseCase create, GetUpdateUseCase get) {
        this.create = create;
        this.get = get;
    }

    public void create(Context ctx) {
        var in = UpdateIn.read(JsonBody.read(ctx));
        JsonAnswer.send(ctx, UpdateOut.from(create.create(in.toCommand())));
    }

    public void get(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid("update_id");
        parameters.validate();
        JsonAnswer.send(ctx, UpdateOut.from(get.get(new UpdateId(id))));
    }

    /** Declared by the original for a feature never built; it answered 500, this server says so plainly. */
    public void facade(Context ctx) {
        throw new ApiError(501, "Not implemented");
    }
}
