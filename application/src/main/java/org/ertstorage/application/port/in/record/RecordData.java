package org.ertstorage.application.port.in.record;

import java.util.Objects;
import org.ertstorage.domain.record.RecordTable;

/** What a read of a record answers: a table of numbers (blobs join with the blob upload). */
public sealed interface RecordData {

    record Numeric(RecordTable table) implements RecordData {

        public Numeric {
            Objects.requireNonNull(table, "'table' must not be null");
        }
    }
}
