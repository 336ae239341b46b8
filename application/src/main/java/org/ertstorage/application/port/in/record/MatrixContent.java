package org.ertstorage.application.port.in.record;

import org.ertstorage.domain.record.Matrix;

/**
 * The body of a numeric upload, decoded only after the upload passed its cheaper checks
 * (ensemble, realization, duplicates, class), in the original's order.
 */
@FunctionalInterface
public interface MatrixContent {

    /** @throws org.ertstorage.domain.record.NotAMatrix when the body is not a matrix */
    Matrix decode();
}
