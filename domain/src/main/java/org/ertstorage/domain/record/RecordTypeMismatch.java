package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;

/** An upload whose type (matrix or file) differs from the type the name already has. */
public final class RecordTypeMismatch extends DomainRuleViolation {

    RecordTypeMismatch(RecordType newType, RecordType oldType) {
        super(Category.CONFLICT, "Record type of new record does not match previous record type",
                RecordClassMismatch.context("new_record_type", newType.wireName(), "old_record_type", oldType.wireName()));
    }
}
