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
        boolean streams = is(MatrixFormat.NUMPY) || (bulk && is(MatrixFormat.CSV));
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
        if (!is(MatrixFormat.NUMPY)) {
            return Optional.empty();
        }
        var npy = npy();
        requireStorable(npy.head().shape().size());
        return Optional.of(new StreamedMatrix(npy.head(), npy.values(), npy::fault));
    }

    @Override
    public Iterator<Matrix> rows() {
        var rows = is(MatrixFormat.NUMPY) ? npyRows()
                : is(MatrixFormat.CSV) ? decodable(() -> CsvRows.bulk(ctx.bodyInputStream()))
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

    /** Each row is a record, so a row's values are what must fit one. */
    private Iterator<Matrix> npyRows() {
        var npy = npy();
        var rows = decodable(npy::rows);
        requireStorable(npy.head().shape().dimension(1));
        return rows;
    }

    private static void requireStorable(long values) {
        if (values * Double.BYTES > MAX_STREAMED_RECORD_BYTES) {
            throw new RequestTooLarge(MAX_STREAMED_RECORD_BYTES);
        }
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

    private boolean is(MatrixFormat candidate) {
        return format.equals(Optional.of(candidate));
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
