package org.ertstorage.application.port.in.record;

import org.ertstorage.domain.record.EnsembleRecord;

public interface UploadMatrixUseCase {

    /**
     * Stores a numeric record. Checks, in the original's order: the ensemble (404), that it is open
     * (409), the realization (417), a free slot (409), class and prior (422, 404), the content
     * (422), the dimensionality of ensemble-wide parameters (422), the name's type and class (409).
     */
    EnsembleRecord upload(UploadMatrixCommand command);
}
