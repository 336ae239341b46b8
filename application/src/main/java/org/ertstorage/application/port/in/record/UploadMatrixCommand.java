package org.ertstorage.application.port.in.record;

import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;

/**
 * @param realization empty for the ensemble-wide record
 * @param prior the name of a prior of the ensemble's experiment, for parameter records
 */
public record UploadMatrixCommand(EnsembleId ensembleId, String name, Optional<Integer> realization,
        Optional<String> prior, MatrixContent content) {

    public UploadMatrixCommand {
        Objects.requireNonNull(ensembleId, "'ensembleId' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(realization, "'realization' must not be null");
        Objects.requireNonNull(prior, "'prior' must not be null");
        Objects.requireNonNull(content, "'content' must not be null");
    }
}
