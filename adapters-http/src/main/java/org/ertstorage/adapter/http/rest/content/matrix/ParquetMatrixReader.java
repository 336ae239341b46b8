package org.ertstorage.adapter.http.rest.content.matrix;

import org.ertstorage.domain.record.Matrix;

final class ParquetMatrixReader implements MatrixReader {

    @Override
    public Matrix read(byte[] body) {
        throw new UndecodableMatrix("not yet");
    }
}
