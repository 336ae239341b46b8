package org.ertstorage.application.port.in.record;

import java.util.Objects;
import org.ertstorage.domain.ensemble.EnsembleId;

/** A bulk upload of the record {@code name}: the content's rows are realizations (see {@link org.ertstorage.domain.record.RealizationRows}). */
public record UploadRealizationsCommand(EnsembleId ensembleId, String name, MatrixContent content) {

    public UploadRealizationsCommand {
        Objects.requireNonNull(ensembleId, "'ensembleId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(content, "'content' must not be null");
    }
}
