package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.ensemble.EnsembleId;

/** An upload into a place that holds a record already: records are never overwritten. */
public final class RecordAlreadyExists extends DomainRuleViolation {

    private RecordAlreadyExists(String message) {
        super(Category.CONFLICT, message);
    }

    /** ERT's text, which it also uses when the clash is with a forward-model record. */
    public static RecordAlreadyExists at(String name, EnsembleId ensemble) {
        return new RecordAlreadyExists("Ensemble-wide record '" + name + "' for ensemble '" + ensemble + "' already exists");
    }

    static RecordAlreadyExists besideForwardModelRecords(String name, EnsembleId ensemble) {
        return new RecordAlreadyExists("Record '" + name + "' already has forward-model records in ensemble '"
                + ensemble + "'");
    }
}
