package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import org.ertstorage.adapter.http.rest.dto.UserdataIn;
import org.ertstorage.application.port.in.userdata.GetUserdataUseCase;
import org.ertstorage.application.port.in.userdata.MergeUserdataUseCase;
import org.ertstorage.application.port.in.userdata.ReplaceUserdataUseCase;
import org.ertstorage.domain.UserdataOwner;

/**
 * {@code GET|PUT|PATCH …/userdata} of experiments, ensembles and observations. PUT replaces the
 * object, PATCH replaces its top-level keys; both take JSON objects only.
 */
public final class UserdataController {

    private final GetUserdataUseCase get;
    private final ReplaceUserdataUseCase replace;
    private final MergeUserdataUseCase merge;

    public UserdataController(GetUserdataUseCase get, ReplaceUserdataUseCase replace, MergeUserdataUseCase merge) {
        this.get = get;
        this.replace = replace;
        this.merge = merge;
    }

    /** The owner named by the route's one id parameter, e.g. {@code experiment_id}. */
    public io.javalin.http.Handler get(UserdataOwner.Kind kind, String idParameter) {
        return ctx -> {
            var owner = owner(ctx, kind, idParameter);
            ctx.status(200).contentType("application/json").result(get.get(owner).toJson());
        };
    }

    public io.javalin.http.Handler replace(UserdataOwner.Kind kind, String idParameter) {
        return ctx -> {
            var owner = owner(ctx, kind, idParameter);
            replace.replace(owner, UserdataIn.read(JsonBody.read(ctx)));
            JsonAnswer.sendNull(ctx);
        };
    }

    public io.javalin.http.Handler merge(UserdataOwner.Kind kind, String idParameter) {
        return ctx -> {
            var owner = owner(ctx, kind, idParameter);
            merge.merge(owner, UserdataIn.read(JsonBody.read(ctx)));
            JsonAnswer.sendNull(ctx);
        };
    }

    private static UserdataOwner owner(Context ctx, UserdataOwner.Kind kind, String idParameter) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid(idParameter);
        parameters.validate();
        return new UserdataOwner(kind, id);
    }
}
