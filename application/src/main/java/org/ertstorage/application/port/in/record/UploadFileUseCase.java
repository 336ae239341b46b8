package org.ertstorage.application.port.in.record;

import java.util.function.Supplier;
import org.ertstorage.domain.record.EnsembleRecord;

/** Uploads a blob record in one request. */
public interface UploadFileUseCase {

    /**
     * Stores a committed file record of class {@code other}. Checks, in the original's order: the
     * ensemble (404), that it is open (409), the realization (417), a free slot (409), a name that
     * is no parameter or response (409), the name's type and class (409); only then is the content
     * taken and streamed to the blob store, so that a body without a file (the adapter's own error,
     * thrown by {@code content}) answers after those checks, in the original's order.
     */
    EnsembleRecord upload(RecordAddress address, Supplier<UploadedFile> content);
}
