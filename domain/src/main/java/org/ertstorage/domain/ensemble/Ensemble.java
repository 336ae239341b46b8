package org.ertstorage.domain.ensemble;

import java.util.List;
import java.util.Objects;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.experiment.ExperimentId;

/**
 * One evaluation of {@code size} realizations within an experiment. Its size, declared names
 * and active realizations never change; it is open for records until it is completed.
 * A size of -1 means the size is unknown (ERT's workspace ensembles).
 */
public record Ensemble(
        EnsembleId id,
        ExperimentId experimentId,
        int size,
        DeclaredNames names,
        ActiveRealizations activeRealizations,
        EnsembleState state,
        Userdata userdata) {

    public static final int UNKNOWN_SIZE = -1;

    /**
     * The largest size a new ensemble may declare. Every realization of an ensemble is listed as
     * active when none are named, so a size in the billions would fill the heap; ERT's ensembles
     * hold thousands of realizations at most.
     */
    public static final int MAX_SIZE = 1_000_000;

    public Ensemble {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(experimentId, "'experimentId' must not be null");
        Objects.requireNonNull(names, "'names' must not be null");
        Objects.requireNonNull(activeRealizations, "'activeRealizations' must not be null");
        Objects.requireNonNull(state, "'state' must not be null");
        Objects.requireNonNull(userdata, "'userdata' must not be null");
        requireValidSize(size);
    }

    /**
     * A new, open ensemble of an experiment.
     *
     * @throws InvalidEnsembleSize when {@code size < -1} or {@code size > MAX_SIZE}
     * @throws ActiveRealizationOutOfRange, DuplicateActiveRealization see {@link ActiveRealizations#resolve}
     */
    public static Ensemble create(ExperimentId experimentId, int size, DeclaredNames names,
            List<Integer> requestedActiveRealizations, Userdata userdata) {
        requireValidSize(size);
        if (size > MAX_SIZE) {
            throw new InvalidEnsembleSize(size);
        }
        return new Ensemble(EnsembleId.random(), experimentId, size, names,
                ActiveRealizations.resolve(size, requestedActiveRealizations), EnsembleState.OPEN, userdata);
    }

    private static void requireValidSize(int size) {
        if (size < UNKNOWN_SIZE) {
            throw new InvalidEnsembleSize(size);
        }
    }

    /** This ensemble, completed; completing a complete ensemble changes nothing. */
    public Ensemble complete() {
        return new Ensemble(id, experimentId, size, names, activeRealizations, EnsembleState.COMPLETE, userdata);
    }

    public boolean isComplete() {
        return state == EnsembleState.COMPLETE;
    }

    /**
     * Checks that a per-realization record may be stored for {@code index}: it must be active,
     * except in an ensemble of unknown size, which takes any index that is not negative.
     *
     * @throws RealizationNotAllowed otherwise
     */
    public void requireAllowedRealization(int index) {
        if (size == UNKNOWN_SIZE) {
            if (index < 0) {
                throw new RealizationNotAllowed(index);
            }
        } else if (!activeRealizations.contains(index)) {
            throw new RealizationNotAllowed(index, activeRealizations);
        }
    }

    /**
     * Guards every change to the ensemble's data (records, blobs, observation links).
     *
     * @throws EnsembleComplete when the ensemble is complete
     */
    public void requireOpen() {
        if (isComplete()) {
            throw new EnsembleComplete(id);
        }
    }
}
