package org.ertstorage.application.port.in.record;

import java.util.List;
import org.ertstorage.domain.record.EnsembleRecord;

/** Bulk upload: one numeric matrix holding a record of one name for many realizations, one row each. */
public interface UploadRealizationsUseCase {

    /**
     * Stores one forward-model record per row, all or none, in one transaction. Checks: the
     * ensemble (404), that it is open (409), the content (422: not a two-dimensional matrix, a
     * row label that is no realization index, a repeated realization), every realization (417),
     * every slot free (409), the name's type and class (409).
     *
     * @return the new records, in row order
     */
    List<EnsembleRecord> upload(UploadRealizationsCommand command);
}
