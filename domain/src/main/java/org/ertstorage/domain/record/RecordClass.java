package org.ertstorage.domain.record;

import org.ertstorage.domain.ensemble.DeclaredNames;

/**
 * What a record means to ERT: an input (parameter), an output (response) or anything else. The
 * class is never sent by clients; the ensemble's declared names decide it.
 */
public enum RecordClass {
    PARAMETER("parameter"),
    RESPONSE("response"),
    OTHER("other");

    private final String wireName;

    RecordClass(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The class the ensemble's declared names give to a record name. */
    public static RecordClass of(DeclaredNames names, String recordName) {
        if (names.isParameter(recordName)) {
            return PARAMETER;
        }
        return names.isResponse(recordName) ? RESPONSE : OTHER;
    }

    /** Parameters and responses are data ERT interprets, so they must be numeric. */
    public boolean mustBeNumeric() {
        return this != OTHER;
    }
}
