package org.ertstorage.adapter.http.rest;

import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.ertstorage.adapter.formats.matrix.CsvRows;
import org.ertstorage.adapter.formats.matrix.MatrixFormat;
import org.ertstorage.adapter.formats.matrix.NpyUpload;
import org.ertstorage.adapter.formats.matrix.UndecodableMatrix;
import org.ertstorage.adapter.http.error.RequestTooLarge;
import org.ertstorage.application.port.in.record.MatrixContent;
import org.ertstorage.application.port.in.record.StreamedMatrix;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.NotAMatrix;

/**
 * A numeric upload's body: {@code .npy} records and {@code .npy} and CSV bulk rows stream from the
 * request into the store; other bodies are read whole, at most {@code maxWholeBytes} of them.
 */
final class MatrixBody implements MatrixContent {

    /** The most bytes of values one streamed record may hold: PostgreSQL keeps at most 1 GB in a column. */
    static final long MAX_STREAMED_RECORD_BYTES = 1_000_000_000L;

    private final Context ctx;
    private final Optional<MatrixFormat> format;
    private final boolean bulk;
    private final long maxWholeBytes;

    MatrixBody(Context ctx, boolean bulk, long maxWholeBytes) {
        this.ctx = ctx;
        this.format = MatrixFormat.ofContentType(ctx.header("Content-Type"));
        this.bulk = bulk;
        this.maxWholeBytes = maxWholeBytes;
    }

    /** Refuses a body that would be read whole and declares a length beyond the limit, before any work. */
    void requireWithinLimit() {
        boolean streams = format.equals(Optional.of(MatrixFormat.NUMPY)) || (bulk && format.equals(Optional.of(MatrixFormat.CSV)));
        if (!streams && ctx.req().getContentLengthLong() > maxWholeBytes) {
            throw new RequestTooLarge(maxWholeBytes);
        }
    }

    @Override
    public Matrix decode() {
        return decodable(() -> format.orElseThrow(() -> new NotAMatrix("unknown content type")).read(ctx.bodyAsBytes()));
    }

    @Override
    public Optional<StreamedMatrix> streamed() {
        if (!format.equals(Optional.of(MatrixFormat.NUMPY))) {
            return Optional.empty();
        }
        var npy = npy();
        long bytes = (long) npy.head().shape().size() * Double.BYTES;
        if (bytes > MAX_STREAMED_RECORD_BYTES) {
            throw new RequestTooLarge(MAX_STREAMED_RECORD_BYTES);
        }
        return Optional.of(new StreamedMatrix(npy.head(), npy.values(), npy::fault));
    }

    @Override
    public Iterator<Matrix> rows() {
        var rows = format.equals(Optional.of(MatrixFormat.NUMPY)) ? decodable(() -> npy().rows())
                : format.equals(Optional.of(MatrixFormat.CSV)) ? decodable(() -> CsvRows.bulk(ctx.bodyInputStream()))
                : MatrixContent.super.rows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return decodable(rows::hasNext);
            }

            @Override
            public Matrix next() {
                return decodable(rows::next);
            }
        };
    }

    /** The {@code .npy} upload from its header; a Fortran-order one is reordered in memory, so the limit applies. */
    private NpyUpload npy() {
        long declared = ctx.req().getContentLengthLong();
        var npy = decodable(() -> NpyUpload.open(ctx.bodyInputStream(),
                declared < 0 ? OptionalLong.empty() : OptionalLong.of(declared)));
        if (npy.bytesHeldToReorder() > maxWholeBytes) {
            throw new RequestTooLarge(maxWholeBytes);
        }
        return npy;
    }

    /** The format's failures as the domain's: the body is not a matrix. */
    private static <T> T decodable(Supplier<T> read) {
        try {
            return read.get();
        } catch (UndecodableMatrix e) {
            throw new NotAMatrix(e.getMessage());
        }
    }
}
