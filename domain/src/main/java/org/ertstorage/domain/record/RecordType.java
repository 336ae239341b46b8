package org.ertstorage.domain.record;

/** What a record holds: a numeric matrix or a blob. */
public enum RecordType {
    F64_MATRIX("f64_matrix"),
    FILE("file");

    private final String wireName;

    RecordType(String wireName) {
        this.wireName = wireName;
    }

    /** The name ERT's clients see in error bodies. */
    public String wireName() {
        return wireName;
    }
}
