package org.ertstorage.domain.record;

import java.io.IOException;
import java.util.Objects;

/**
 * A read's table whose values arrive in blocks of whole rows, in row order, so that a writer can
 * emit them as they come instead of holding the whole table (a stacked ensemble can be larger
 * than the heap). The blocks together hold exactly {@code layout.rowCount()} rows.
 */
public record StreamedTable(TableLayout layout, Rows rows) {

    /** Produces the blocks; each call of {@link #forEach} visits all of them once more. */
    @FunctionalInterface
    public interface Rows {

        void forEach(Block block) throws IOException;
    }

    /** Takes one block: {@code values.length / layout.rowSize()} rows, row-major. */
    @FunctionalInterface
    public interface Block {

        void accept(double[] values) throws IOException;
    }

    public StreamedTable {
        Objects.requireNonNull(layout, "'layout' must not be null");
        Objects.requireNonNull(rows, "'rows' must not be null");
    }
}
