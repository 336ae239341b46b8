package org.ertstorage.application.port.in.ensemble;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.DeclaredNames;
import org.ertstorage.domain.experiment.ExperimentId;
import org.ertstorage.domain.update.UpdateId;

/**
 * A new ensemble of an experiment, optionally the result of an update. The declared names are
 * already checked (disjoint) when the command exists.
 */
public record CreateEnsembleCommand(
        ExperimentId experimentId,
        int size,
        DeclaredNames names,
        List<Integer> activeRealizations,
        Optional<UpdateId> updateId,
        Userdata userdata) {

    public CreateEnsembleCommand {
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
        Objects.requireNonNull(names, "'names' must not be null");
        activeRealizations = List.copyOf(Objects.requireNonNull(activeRealizations, "'activeRealizations' must not be null"));
        Objects.requireNonNull(updateId, "'updateId' must not be null");
        Objects.requireNonNull(userdata, "'userdata' must not be null");
    }
}
