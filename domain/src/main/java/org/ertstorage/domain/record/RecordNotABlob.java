package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;

/** A block staged for, or a commit of, a record that holds a matrix rather than a blob. */
public final class RecordNotABlob extends DomainRuleViolation {

    RecordNotABlob(String name) {
        super(Category.CONFLICT, "Record '" + name + "' is not a blob record");
    }
}
