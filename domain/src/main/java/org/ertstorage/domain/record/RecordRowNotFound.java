package org.ertstorage.domain.record;

/**
 * A read of one realization's row from an ensemble-wide numeric record that has no such row:
 * the index is negative, beyond the first axis, or the record is one-dimensional (DEFECTS D-07).
 * A miss, not a broken rule: the application answers it as "Record not found".
 */
public final class RecordRowNotFound extends RuntimeException {

    private final int realizationIndex;

    public RecordRowNotFound(int realizationIndex) {
        super("Record not found", null, false, false);
        this.realizationIndex = realizationIndex;
    }

    public int realizationIndex() {
        return realizationIndex;
    }
}
