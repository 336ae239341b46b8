package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.adapter.http.error.ApiError;
import org.ertstorage.adapter.http.rest.RecordController.RecordSlotParameters;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.adapter.http.rest.dto.RecordOut;
import org.ertstorage.application.port.in.record.ComputeMisfitsUseCase;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.record.RecordDetails;
import org.ertstorage.application.port.in.record.RecordSelection;
import org.ertstorage.application.port.in.record.RecordVersionUseCase;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.in.record.UploadRealizationsCommand;
import org.ertstorage.application.port.in.record.UploadRealizationsUseCase;
import org.ertstorage.domain.record.LabelRange;
import org.ertstorage.domain.record.RealizationSet;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.StreamedTable;

/** Record content: numeric uploads and reads in JSON, CSV, NumPy and Parquet. */
public final class RecordDataController {

    private final UploadMatrixUseCase upload;
    private final UploadRealizationsUseCase uploadRealizations;
    private final ReadRecordUseCase read;
    private final RecordVersionUseCase versions;
    private final ComputeMisfitsUseCase misfits;
    private final long maxWholeBytes;

    /** @param maxWholeBytes the largest upload body read whole; streamed ones are not bounded by it */
    public RecordDataController(UploadMatrixUseCase upload, UploadRealizationsUseCase uploadRealizations,
            ReadRecordUseCase read, RecordVersionUseCase versions, ComputeMisfitsUseCase misfits, long maxWholeBytes) {
        this.upload = upload;
        this.uploadRealizations = uploadRealizations;
        this.read = read;
        this.versions = versions;
        this.misfits = misfits;
        this.maxWholeBytes = maxWholeBytes;
    }

    /**
     * One record, or with {@code bulk=true} one forward-model record per row of the body, all
     * stored in one transaction; the answer is then the list of their RecordOuts in row order.
     * The body is read by the use case, after its cheaper checks (see {@link MatrixBody}).
     */
    public void uploadMatrix(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        var prior = Optional.ofNullable(ctx.queryParam("prior"));
        var parameters = new RequestParameters(ctx);
        var bulk = parameters.queryBoolean("bulk").orElse(false);
        parameters.validate();
        var content = new MatrixBody(ctx, bulk, maxWholeBytes);
        content.requireWithinLimit();
        if (!bulk) {
            var record = upload.upload(new UploadMatrixCommand(slot.ensembleId(), slot.name(), slot.realization(), prior,
                    content));
            JsonAnswer.send(ctx, RecordOut.from(new RecordDetails(record, false)));
            return;
        }
        if (slot.realization().isPresent() || prior.isPresent()) {
            throw new ApiError(422, "A bulk upload takes its realizations from the body's rows, and no 'realization_index'"
                    + " or 'prior'", Map.of("name", slot.name()));
        }
        var records = uploadRealizations.upload(new UploadRealizationsCommand(slot.ensembleId(), slot.name(), content));
        JsonAnswer.send(ctx, records.stream().map(record -> RecordOut.from(new RecordDetails(record, false))).toList());
    }

    /**
     * A numeric name's answer carries an {@code ETag}; a client that sends it back in
     * {@code If-None-Match} gets 304 and no body, and no content is read.
     */
    public void read(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        var label = Optional.ofNullable(ctx.queryParam("label"));
        var parameters = new RequestParameters(ctx);
        var selection = selection(parameters);
        if (slot.realization().isPresent()) {
            for (var name : List.of("realizations", "label_from", "label_to")) {
                if (ctx.queryParam(name) != null) {
                    parameters.refuse(name, "selects from an ensemble-wide read only, not with realization_index");
                }
            }
        }
        parameters.validate();
        var version = versions.version(slot.ensembleId(), slot.name());
        if (version.isPresent()) {
            var tag = EntityTag.of(version.get(), MatrixFormat.ofAccept(ctx.header("Accept")), ctx.queryParamMap());
            ctx.header("ETag", tag.value()).header("Vary", "Accept");
            if (tag.matchedBy(ctx.header("If-None-Match"))) {
                ctx.status(304);
                return;
            }
        }
        send(ctx, read.read(slot.ensembleId(), slot.name(), slot.realization(), label, selection));
    }

    /** Issue 7's server-side selection: {@code realizations=0,3,10-19}, {@code label_from=} and {@code label_to=}. */
    private static RecordSelection selection(RequestParameters parameters) {
        var realizations = parameters.queryText("realizations").flatMap(text -> {
            try {
                return Optional.of(RealizationSet.parse(text));
            } catch (IllegalArgumentException e) {
                parameters.refuse("realizations", e.getMessage());
                return Optional.empty();
            }
        });
        return new RecordSelection(realizations,
                new LabelRange(parameters.queryText("label_from"), parameters.queryText("label_to")));
    }

    public void readById(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var id = parameters.pathUuid("record_id");
        parameters.validate();
        send(ctx, read.read(new RecordId(id)));
    }

    /** Always CSV, whatever the client accepts, as in the original. */
    public void responseData(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var ensembleId = parameters.pathUuid("ensemble_id");
        var name = parameters.pathText("response_name");
        var selection = selection(parameters);
        parameters.validate();
        write(ctx, MatrixFormat.CSV, read.responseData(new org.ertstorage.domain.ensemble.EnsembleId(ensembleId), name,
                selection));
    }

    /** {@code GET /compute/misfits}: CSV, whatever the client accepts, as in the original. */
    public void misfits(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var ensembleId = parameters.requiredQueryUuid("ensemble_id");
        var responseName = parameters.requiredQueryText("response_name");
        var realization = parameters.queryInteger("realization_index");
        var summary = parameters.queryBoolean("summary_misfits");
        parameters.validate();
        write(ctx, MatrixFormat.CSV, misfits.misfits(new org.ertstorage.domain.ensemble.EnsembleId(ensembleId),
                responseName, realization, summary.orElse(false)).streamed());
    }

    private static void send(Context ctx, RecordData data) {
        switch (data) {
            case RecordData.Numeric numeric -> write(ctx, MatrixFormat.ofAccept(ctx.header("Accept")), numeric.table());
            case RecordData.Blob blob -> BlobController.download(ctx, blob);
        }
    }

    /** Rows stream to the client as they arrive, so the status is sent before the last of them is read. */
    private static void write(Context ctx, MatrixFormat format, StreamedTable table) {
        if (format == MatrixFormat.PARQUET && !table.layout().cellShape().isEmpty()) {
            throw new ApiError(422, "Parquet output supports at most 2 dimensions");
        }
        ctx.status(200).contentType(format.responseContentType());
        try (var out = ctx.outputStream()) {
            format.write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
