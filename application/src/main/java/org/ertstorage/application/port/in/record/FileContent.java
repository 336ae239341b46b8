package org.ertstorage.application.port.in.record;

/**
 * The body of a file upload, read only after the upload passed its checks (ensemble,
 * realization, duplicates, name), so that those answer first, in the original's order.
 */
@FunctionalInterface
public interface FileContent {

    /** @throws RuntimeException the adapter's own, when the body holds no file */
    UploadedFile open();
}
