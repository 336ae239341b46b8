package org.ertstorage.application.port.in.update;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.update.TransformationSpec;

/** A new update from a reference ensemble (which clients may leave out: that is a 404). */
public record CreateUpdateCommand(String algorithm, Optional<EnsembleId> reference, List<TransformationSpec> transformations) {

    public CreateUpdateCommand {
        Objects.requireNonNull(algorithm, "'algorithm' must not be null");
        Objects.requireNonNull(reference, "'reference' must not be null");
        transformations = List.copyOf(Objects.requireNonNull(transformations, "'transformations' must not be null"));
    }
}
