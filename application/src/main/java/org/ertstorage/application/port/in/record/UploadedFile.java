package org.ertstorage.application.port.in.record;

import java.util.Objects;
import java.util.Optional;

/**
 * The file part of a single-shot upload.
 *
 * @param mimetype the part's media type; empty when the part named none
 */
public record UploadedFile(String filename, Optional<String> mimetype, BlobContent content) {

    public UploadedFile {
        Objects.requireNonNull(filename, "'filename' must not be null");
        Objects.requireNonNull(mimetype, "'mimetype' must not be null");
        Objects.requireNonNull(content, "'content' must not be null");
    }
}
