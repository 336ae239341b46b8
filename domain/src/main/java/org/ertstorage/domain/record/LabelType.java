package org.ertstorage.domain.record;

/**
 * What the labels of one axis are. Kept so that a Parquet upload with a float, integer or
 * timestamp index reads back with the same index type (API.md 6.5.5).
 */
public enum LabelType {
    STRING,
    INTEGER,
    FLOAT,
    /** ISO-8601 local date-time text, e.g. {@code 2021-01-01T00:00:00}. */
    TIMESTAMP
}
