package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import org.ertstorage.domain.record.RecordTable;

/** Encodes a read's table in one download format, streaming to the response. */
interface TableWriter {

    void write(RecordTable table, OutputStream out) throws IOException;
}
