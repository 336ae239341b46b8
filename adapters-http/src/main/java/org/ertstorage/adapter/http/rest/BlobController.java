package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.ertstorage.adapter.http.error.PlainError;
import org.ertstorage.adapter.http.error.RequestValidationException;
import org.ertstorage.adapter.http.error.ValidationIssue;
import org.ertstorage.adapter.http.rest.RecordController.RecordSlotParameters;
import org.ertstorage.application.port.in.record.BlobContent;
import org.ertstorage.application.port.in.record.RecordAddress;
import org.ertstorage.application.port.in.record.RecordData;
import org.ertstorage.application.port.in.record.UploadBlobUseCase;
import org.ertstorage.application.port.in.record.UploadFileUseCase;
import org.ertstorage.application.port.in.record.UploadedFile;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * Blob records: the single-shot multipart upload, the chunked upload (create, stage, commit), and
 * downloads. Bodies stream through; none is read into memory whole.
 */
public final class BlobController {

    private final UploadFileUseCase uploadFile;
    private final UploadBlobUseCase uploadBlob;

    public BlobController(UploadFileUseCase uploadFile, UploadBlobUseCase uploadBlob) {
        this.uploadFile = uploadFile;
        this.uploadBlob = uploadBlob;
    }

    /** {@code POST …/file}: the part is looked at only after the checks of API.md 6.1. */
    public void uploadFile(Context ctx) {
        var address = address(ctx);
        uploadFile.upload(address, () -> {
            var part = filePart(ctx);
            if (part == null) {
                throw new RequestValidationException(ValidationIssue.missing(List.of("body", "file")));
            }
            return new UploadedFile(part.filename(), Optional.ofNullable(part.contentType()).filter(t -> !t.isBlank()),
                    new BlobContent(part.content(), part.size()));
        });
        JsonAnswer.sendNull(ctx);
    }

    /**
     * The part named {@code file}, or null. Jetty refuses a malformed multipart body (no boundary,
     * truncated parts) with a {@link BadMessageException} inside a servlet exception; the client
     * gets Starlette's 400 for it, as from the original.
     */
    private static io.javalin.http.UploadedFile filePart(Context ctx) {
        try {
            return ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        } catch (Exception e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BadMessageException) {
                    throw new PlainError(400, "There was an error parsing the body");
                }
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /** {@code POST …/blob}, with the optional {@code filename} and {@code mimetype} of this server. */
    public void create(Context ctx) {
        var address = address(ctx);
        uploadBlob.create(address, Optional.ofNullable(ctx.queryParam("filename")),
                Optional.ofNullable(ctx.queryParam("mimetype")));
        JsonAnswer.sendNull(ctx);
    }

    /** {@code PUT …/blob?block_index=n}: the body is the block, whatever its content type. */
    public void stage(Context ctx) {
        var parameters = new RequestParameters(ctx);
        var ensembleId = parameters.pathUuid("ensemble_id");
        var realization = parameters.queryInteger("realization_index");
        int blockIndex = parameters.requiredQueryInteger("block_index");
        parameters.validate();
        var address = new RecordAddress(new EnsembleId(ensembleId),
                parameters.pathText("name"), realization);
        uploadBlob.stage(address, blockIndex, new BlobContent(ctx.bodyInputStream(), ctx.contentLength()));
        JsonAnswer.sendNull(ctx);
    }

    /** {@code PATCH …/blob}. */
    public void commit(Context ctx) {
        uploadBlob.commit(address(ctx));
        JsonAnswer.sendNull(ctx);
    }

    /**
     * The stored bytes with the stored media type ({@code text/*} gains a UTF-8 charset, as in
     * the original) and the file name as an attachment.
     */
    static void download(Context ctx, RecordData.Blob blob) {
        var mimetype = blob.mimetype();
        if (mimetype.startsWith("text/") && !mimetype.contains("charset=")) {
            mimetype += "; charset=utf-8";
        }
        ctx.status(200);
        ctx.header("Content-Type", mimetype);
        ctx.header("Content-Disposition", "attachment; filename=\"" + blob.filename() + "\"");
        try (var in = blob.content(); var out = ctx.outputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RecordAddress address(Context ctx) {
        var slot = RecordSlotParameters.read(ctx);
        return new RecordAddress(slot.ensembleId(), slot.name(), slot.realization());
    }
}
