package org.ertstorage.domain.record;

import org.ertstorage.domain.DomainRuleViolation;
import org.ertstorage.domain.ensemble.EnsembleId;

/** A file or blob uploaded under a name the ensemble declares as a parameter or response. */
public final class BlobUnderNumericName extends DomainRuleViolation {

    BlobUnderNumericName(String name, RecordClass declared, EnsembleId ensemble) {
        super(Category.CONFLICT, "Record '" + name + "' is a " + declared.wireName() + " of ensemble '" + ensemble
                + "' and must be numeric");
    }
}
