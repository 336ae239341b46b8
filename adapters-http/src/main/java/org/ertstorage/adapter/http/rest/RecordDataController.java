package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.ertstorage.adapter.http.error.ApiError;
import org.ertstorage.adapter.http.rest.RecordController.RecordSlotParameters;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.adapter.formats.matrix.UndecodableMatrix;
import org.ertstorage.adapter.http.rest.dto.RecordOut;
import org.ertstorage.application.port.in.record.ComputeMisfitsUseCase;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.record.RecordDetails;
import org.ertstorage.application.port.in.record.UploadMatrixCommand;
import org.ertstorage.application.port.in.record.MatrixContent;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.in.record.UploadRealizationsCommand;
import org.ertstorage.application.port.in.record.UploadRealizationsUseCase;
import org.ertstorage.domain.record.NotAMatrix;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.StreamedTable;

/** Record content: numeric uploads and reads in JSON, CSV, NumPy and Parquet. */
public final class RecordDataController {

    private final UploadMatrixUseCase upload;
    private final UploadRealizationsUseCase uploadRealizations;
    private final ReadRecordUseCase read;
    private final ComputeMisfitsUseCase misfits;

    public RecordDataController(UploadMatrixUseCase upload, UploadRealizationsUseCase uploadRealizations,
            ReadRecordUseCase read, ComputeMisfitsUseCase misfits) {
        this.upload = upload;
        this.uploadRealizations = uploadRealizations;
        this.read = read;
        this.misfits = misfits;
    }

    /**
     * One record, or with {@code bulk=true} one forward-model record per row of the body, all
     * stored in one transaction; the answer is then the list of their RecordOuts in row order.
     */
    public void uploadMatrix(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        var prior = Optional.ofNullable(ctx.queryParam("prior"));
        var parameters = new RequestParameters(ctx);
        var bulk = parameters.queryBoolean("bulk").orElse(false);
        parameters.validate();
        MatrixContent content = () -> {
            try {
                return MatrixFormat.ofContentType(ctx.header("Content-Type"))
                        .orElseThrow(() -> new NotAMatrix("unknown content type")).read(ctx.bodyAsBytes());
            } catch (UndecodableMatrix e) {
                throw new NotAMatrix(e.getMessage());
            }
        };
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

    public void read(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        var label = Optional.ofNullable(ctx.queryParam("label"));
        send(ctx, read.read(slot.ensembleId(), slot.name(), slot.realization(), label));
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
        parameters.validate();
        write(ctx, MatrixFormat.CSV, read.responseData(new org.ertstorage.domain.ensemble.EnsembleId(ensembleId), name));
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
