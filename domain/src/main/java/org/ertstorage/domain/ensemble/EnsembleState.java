package org.ertstorage.domain.ensemble;

/** Where an ensemble is in its life: records arrive while open and never after completion. */
public enum EnsembleState {
    OPEN,
    COMPLETE
}
