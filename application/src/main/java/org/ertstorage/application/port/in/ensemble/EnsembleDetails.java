package org.ertstorage.application.port.in.ensemble;

import java.util.Objects;
import org.ertstorage.domain.ensemble.Ensemble;
import org.ertstorage.domain.ensemble.Lineage;

/** An ensemble with its place in the update graph. */
public record EnsembleDetails(Ensemble ensemble, Lineage lineage) {

    public EnsembleDetails {
        Objects.requireNonNull(ensemble, "'ensemble' must not be null");
        Objects.requireNonNull(lineage, "'lineage' must not be null");
    }
}
