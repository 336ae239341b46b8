package org.ertstorage.application.port.in.browse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.update.Update;

/** The update whose result an ensemble is, if any, and the updates that have it as reference. */
public record EnsembleUpdates(Optional<Update> parent, List<Update> children) {

    public static final EnsembleUpdates NONE = new EnsembleUpdates(Optional.empty(), List.of());

    public EnsembleUpdates {
        Objects.requireNonNull(parent, "'parent' must not be null");
        children = List.copyOf(Objects.requireNonNull(children, "'children' must not be null"));
    }
}
