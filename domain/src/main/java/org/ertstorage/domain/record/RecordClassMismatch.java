package org.ertstorage.domain.record;

import java.util.LinkedHashMap;
import org.ertstorage.domain.DomainRuleViolation;

/** An upload whose class differs from the class the name already has in the ensemble. */
public final class RecordClassMismatch extends DomainRuleViolation {

    RecordClassMismatch(RecordClass newClass, RecordClass oldClass) {
        super(Category.CONFLICT, "Record class of new record does not match previous record class",
                context("new_record_class", newClass.wireName(), "old_record_class", oldClass.wireName()));
    }

    static LinkedHashMap<String, String> context(String newKey, String newValue, String oldKey, String oldValue) {
        var context = new LinkedHashMap<String, String>();
        context.put(newKey, newValue);
        context.put(oldKey, oldValue);
        return context;
    }
}
