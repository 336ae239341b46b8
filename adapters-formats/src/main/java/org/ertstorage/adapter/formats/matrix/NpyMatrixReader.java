package org.ertstorage.adapter.formats.matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.Shape;

/**
 * NumPy {@code .npy} uploads (API.md 6.5.4) read whole: the dtypes and orders of
 * {@link NpyHeader}; 0-d arrays are not matrices. Large uploads stream through {@link NpyUpload}.
 */
final class NpyMatrixReader implements MatrixReader {

    @Override
    public Matrix read(byte[] body) {
        NpyHeader header;
        try {
            header = NpyHeader.read(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Checked before the shape is built: a header may promise more values than an int counts.
        if (header.dataBytes() != body.length - header.length()) {
            throw new UndecodableMatrix("the data does not fit shape " + header.dimensions());
        }
        var shape = new Shape(header.dimensions());
        int count = shape.size();
        if (count == 0) {
            throw UndecodableMatrix.emptyMatrix();
        }
        double[] values = header.decode(ByteBuffer.wrap(body, header.length(), body.length - header.length()).slice()
                .order(header.dtype().order()), count);
        return Matrix.unlabeled(shape, header.fortran() ? FortranOrder.toC(values, header.dimensions()) : values);
    }
}
