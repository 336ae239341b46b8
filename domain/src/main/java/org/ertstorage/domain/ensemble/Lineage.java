package org.ertstorage.domain.ensemble;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an ensemble stands in the update graph: the reference ensemble of the update that
 * produced it, and the results of the updates that start from it.
 */
public record Lineage(Optional<EnsembleId> parent, List<EnsembleId> children) {

    public static final Lineage NONE = new Lineage(Optional.empty(), List.of());

    public Lineage {
        Objects.requireNonNull(parent, "'parent' must not be null");
        children = List.copyOf(Objects.requireNonNull(children, "'children' must not be null"));
    }
}
