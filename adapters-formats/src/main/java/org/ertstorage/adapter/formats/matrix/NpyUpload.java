package org.ertstorage.adapter.formats.matrix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.MatrixHead;
import org.ertstorage.domain.record.NotAMatrix;
import org.ertstorage.domain.record.RealizationRows;
import org.ertstorage.domain.record.Shape;

/**
 * A {@code .npy} upload read from its body as it is consumed: the head at once, then the values
 * as little-endian float64 in C order, converted on the fly, so a body larger than the heap
 * passes through. It accepts what {@link NpyMatrixReader} accepts; a Fortran-order body is
 * reordered in memory, the one case that does not stream.
 */
public final class NpyUpload {

    private final NpyHeader header;
    private final MatrixHead head;
    private final NpyValues values;

    private NpyUpload(NpyHeader header, MatrixHead head, NpyValues values) {
        this.header = header;
        this.head = head;
        this.values = values;
    }

    /**
     * Reads the header from the body, which is left at the data.
     *
     * @param declaredLength the body's length when the request declares it: a body whose length
     *     does not fit the header is refused before any value is read
     * @throws UndecodableMatrix when the header is not a numeric matrix's, or does not fit the declared length
     */
    public static NpyUpload open(InputStream body, OptionalLong declaredLength) {
        NpyHeader header;
        try {
            header = NpyHeader.read(body);
        } catch (IOException e) {
            throw new UndecodableMatrix("the body could not be read: " + e.getMessage());
        }
        if (declaredLength.isPresent() && header.dataBytes() != declaredLength.getAsLong() - header.length()) {
            throw new UndecodableMatrix("the data does not fit shape " + header.dimensions());
        }
        try {
            var shape = new Shape(header.dimensions());
            if (shape.size() == 0) {
                throw UndecodableMatrix.emptyMatrix();
            }
            return new NpyUpload(header, MatrixHead.unlabeled(shape), new NpyValues(body, header, shape.size()));
        } catch (NotAMatrix e) {
            throw new UndecodableMatrix(e.getMessage());
        }
    }

    public MatrixHead head() {
        return head;
    }

    /** The bytes a Fortran-order body's values take in memory to be reordered; 0 in C order, which streams. */
    public long bytesHeldToReorder() {
        return header.fortran() ? (long) head.shape().size() * Double.BYTES : 0;
    }

    /**
     * The values as little-endian float64 in C order, exactly as many as the shape holds; read
     * once. Reading fails with an {@code IOException} when the body does not hold them, and
     * {@link #fault} then says why.
     */
    public InputStream values() {
        return header.fortran() ? new ReorderedValues() : values;
    }

    /** Why reading the values failed because of the body, once it has. */
    public Optional<String> fault() {
        return values.fault();
    }

    /**
     * A bulk upload's rows, each a 1 x N matrix read as it is asked for.
     *
     * @throws UndecodableMatrix when the matrix is not two-dimensional, and from the iterator when
     *     the body does not hold the next row
     */
    public Iterator<Matrix> rows() {
        try {
            RealizationRows.requireRows(head.shape());
        } catch (NotAMatrix e) {
            throw new UndecodableMatrix(e.getMessage());
        }
        int count = head.shape().dimension(0);
        int width = head.shape().dimension(1);
        var in = values();
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return read < count;
            }

            @Override
            public Matrix next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                var values = new double[width];
                try {
                    ByteBuffer.wrap(in.readNBytes(width * Double.BYTES)).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer()
                            .get(values);
                } catch (IOException e) {
                    throw new UndecodableMatrix(fault().orElse(e.getMessage()));
                }
                read++;
                return Matrix.unlabeled(Shape.of(1, width), values);
            }
        };
    }

    /** Fortran order puts a row's values far apart in the body: they are read whole, then reordered. */
    private final class ReorderedValues extends InputStream {

        private InputStream reordered;

        @Override
        public int read() throws IOException {
            return reordered().read();
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            return reordered().read(into, offset, length);
        }

        private InputStream reordered() throws IOException {
            if (reordered == null) {
                var fortran = new double[head.shape().size()];
                ByteBuffer.wrap(values.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(fortran);
                var c = ByteBuffer.allocate(fortran.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                c.asDoubleBuffer().put(FortranOrder.toC(fortran, header.dimensions()));
                reordered = new ByteArrayInputStream(c.array());
            }
            return reordered;
        }
    }
}
