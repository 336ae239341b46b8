package org.ertstorage.adapter.formats.matrix;

import java.io.IOException;
import java.io.OutputStream;
import org.ertstorage.domain.record.StreamedTable;

/** Encodes a read's table in one download format, writing its rows to the response as they arrive. */
interface TableWriter {

    void write(StreamedTable table, OutputStream out) throws IOException;
}
