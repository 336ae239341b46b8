package org.ertstorage.adapter.formats.matrix;

/**
 * A table the requested download format cannot hold, such as a record of three dimensions as
 * Parquet; the HTTP layer answers 422 with {@link #getMessage()} as the {@code error}.
 */
public final class UnwritableTable extends RuntimeException {

    public UnwritableTable(String message) {
        super(message, null, false, false);
    }
}
