package org.ertstorage.application.port.in.record;

import org.ertstorage.domain.record.EnsembleRecord;

/** Uploads a blob record in one request. */
public interface UploadFileUseCase {

    /**
     * Stores a committed file record of class {@code other}. Checks, in the original's order: the
     * ensemble (404), that it is open (409), the realization (417), a free slot (409), a name that
     * is no parameter or response (409), the name's type and class (409); only then is the content
     * opened and streamed to the blob store.
     */
    EnsembleRecord upload(RecordAddress address, FileContent content);
}
