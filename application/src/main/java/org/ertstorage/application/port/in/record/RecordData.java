package org.ertstorage.application.port.in.record;

import java.io.InputStream;
import java.util.Objects;
import org.ertstorage.domain.record.StreamedTable;

/** What a read of a record answers: a table of numbers, or the bytes of a blob. */
public sealed interface RecordData {

    /** A table of numbers; a stacked one streams its rows from the store when written. */
    record Numeric(StreamedTable table) implements RecordData {

        public Numeric {
            Objects.requireNonNull(table, "'table' must not be null");
        }
    }

    /**
     * A file record's bytes, streamed lazily from the blob store; empty before a chunked upload
     * is committed. The reader closes the stream.
     */
    record Blob(String filename, String mimetype, InputStream content) implements RecordData {

        public Blob {
            Objects.requireNonNull(filename, "'filename' must not be null");
            Objects.requireNonNull(mimetype, "'mimetype' must not be null");
            Objects.requireNonNull(content, "'content' must not be null");
        }
    }
}
