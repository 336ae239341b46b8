package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.ertstorage.adapter.http.rest.dto.BodyFields;
import org.ertstorage.adapter.http.rest.dto.ObservationOut;
import org.ertstorage.adapter.http.rest.dto.RecordOut;
import org.ertstorage.adapter.http.rest.dto.UserdataIn;
import org.ertstorage.application.port.in.record.FindRecordUseCase;
import org.ertstorage.application.port.in.record.ListRecordsUseCase;
import org.ertstorage.application.port.in.record.RecordDetails;
import org.ertstorage.application.port.in.record.RecordObservationsUseCase;
import org.ertstorage.application.port.in.userdata.GetUserdataUseCase;
import org.ertstorage.application.port.in.userdata.MergeUserdataUseCase;
import org.ertstorage.application.port.in.userdata.ReplaceUserdataUseCase;
import org.ertstorage.domain.UserdataOwner;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.observation.ObservationId;
import org.ertstorage.domain.record.RecordId;

/** Records' metadata: listings, lookups by id, labels, userdata and attached observations. */
public final class RecordController {

    private final FindRecordUseCase find;
    private final ListRecordsUseCase list;
    private final RecordObservationsUseCase observations;
    private final GetUserdataUseCase getUserdata;
    private final ReplaceUserdataUseCase replaceUserdata;
    private final MergeUserdataUseCase mergeUserdata;

    public RecordController(FindRecordUseCase find, ListRecordsUseCase list, RecordObservationsUseCase observations,
            GetUserdataUseCase getUserdata, ReplaceUserdataUseCase replaceUserdata, MergeUserdataUseCase mergeUserdata) {
        this.find = find;
        this.list = list;
        this.observations = observations;
        this.getUserdata = getUserdata;
        this.replaceUserdata = replaceUserdata;
        this.mergeUserdata = mergeUserdata;
    }

    public void ofEnsemble(Context ctx) {
        JsonAnswer.send(ctx, outs(list.ofEnsemble(EnsembleController.ensembleId(ctx))));
    }

    public void responses(Context ctx) {
        JsonAnswer.send(ctx, outs(list.responses(EnsembleController.ensembleId(ctx))));
    }

    public void parameters(Context ctx) {
        JsonAnswer.send(ctx, list.parameters(EnsembleController.ensembleId(ctx)).stream()
                .map(p -> {
                    var out = new LinkedHashMap<String, Object>();
                    out.put("name", p.name());
                    out.put("labels", p.labels());
                    return out;
                }).toList());
    }

    public void labels(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        JsonAnswer.send(ctx, list.labels(slot.ensembleId(), slot.name()));
    }

    public void byId(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid("record_id");
        parameters.validate();
        JsonAnswer.send(ctx, RecordOut.from(find.byId(new RecordId(id))));
    }

    public Handler userdata(UserdataVerb verb) {
        return ctx -> {
            var slot = RecordSlotParameters.read(ctx);
            var body = verb == UserdataVerb.GET ? null : UserdataIn.read(JsonBody.read(ctx));
            var owner = new UserdataOwner(UserdataOwner.Kind.RECORD,
                    find.find(slot.ensembleId(), slot.name(), slot.realization()).record().id().value());
            switch (verb) {
                case GET -> ctx.status(200).contentType("application/json").result(getUserdata.get(owner).toJson());
                case PUT -> {
                    replaceUserdata.replace(owner, body);
                    JsonAnswer.sendNull(ctx);
                }
                case PATCH -> {
                    mergeUserdata.merge(owner, body);
                    JsonAnswer.sendNull(ctx);
                }
            }
        };
    }

    public void attachObservations(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        var ids = BodyFields.wholeBody(JsonBody.read(ctx), BodyFields.listOf(BodyFields::uuid));
        observations.attach(slot.ensembleId(), slot.name(), slot.realization(),
                ids.stream().map(ObservationId::new).toList());
        JsonAnswer.sendNull(ctx);
    }

    public void observations(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        JsonAnswer.send(ctx, observations.list(slot.ensembleId(), slot.name(), slot.realization()).stream()
                .map(o -> ObservationOut.from(o, Optional.empty())).toList());
    }

    private static LinkedHashMap<String, RecordOut> outs(java.util.Map<String, RecordDetails> records) {
        var outs = new LinkedHashMap<String, RecordOut>();
        records.forEach((name, details) -> outs.put(name, RecordOut.from(details)));
        return outs;
    }

    /** What a userdata route does. */
    public enum UserdataVerb { GET, PUT, PATCH }

    /** {@code ensemble_id}, {@code name} and the optional {@code realization_index} of a record route. */
    record RecordSlotParameters(EnsembleId ensembleId, String name, Optional<Integer> realization) {

        static RecordSlotParameters read(Context ctx) {
            var parameters = new RequestParameters(ctx);
            var ensembleId = parameters.pathUuid("ensemble_id");
            var name = parameters.pathText("name");
            var realization = parameters.queryInteger("realization_index");
            parameters.validate();
            return new RecordSlotParameters(new EnsembleId(ensembleId), name, realization);
        }
    }
}
