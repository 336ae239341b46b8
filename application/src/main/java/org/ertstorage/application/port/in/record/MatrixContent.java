package org.ertstorage.application.port.in.record;

import java.util.Iterator;
import java.util.Optional;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RealizationRows;

/**
 * The body of a numeric upload, decoded only after the upload passed its cheaper checks
 * (ensemble, realization, duplicates, class), in the original's order. Formats that can stream
 * override {@link #streamed} and {@link #rows}, so a large body is never held whole.
 */
@FunctionalInterface
public interface MatrixContent {

    /** @throws org.ertstorage.domain.record.NotAMatrix when the body is not a matrix */
    Matrix decode();

    /**
     * The content with its values still to be read, when the format streams them; empty when it
     * is decoded whole.
     *
     * @throws org.ertstorage.domain.record.NotAMatrix when the body's head is not a matrix's
     */
    default Optional<StreamedMatrix> streamed() {
        return Optional.empty();
    }

    /**
     * A bulk upload's rows in body order, each a 1 x N matrix (see {@link RealizationRows#rowsOf}),
     * read as they are consumed; by default cut from the decoded matrix.
     *
     * @throws org.ertstorage.domain.record.NotAMatrix from the iterator too, at the first row that is not a matrix's
     */
    default Iterator<Matrix> rows() {
        return RealizationRows.rowsOf(decode()).iterator();
    }
}
