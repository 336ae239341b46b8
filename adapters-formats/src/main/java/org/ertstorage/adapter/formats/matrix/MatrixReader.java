package org.ertstorage.adapter.formats.matrix;

import org.ertstorage.domain.record.Matrix;

/** Decodes one upload format into a numeric record's content. */
interface MatrixReader {

    /** @throws UndecodableMatrix when the body is not a non-empty matrix */
    Matrix read(byte[] body);
}
