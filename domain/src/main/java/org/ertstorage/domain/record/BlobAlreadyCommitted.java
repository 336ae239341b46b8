package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;

/** A block staged for, or a second commit of, a blob whose content is committed already. */
public final class BlobAlreadyCommitted extends DomainRuleViolation {

    BlobAlreadyCommitted(String name) {
        super(Category.CONFLICT, "Blob record '" + name + "' is committed already");
    }
}
