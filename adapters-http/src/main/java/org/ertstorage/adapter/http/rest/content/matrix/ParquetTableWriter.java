package org.ertstorage.adapter.http.rest.content.matrix;

import java.io.OutputStream;
import org.ertstorage.domain.record.RecordTable;

final class ParquetTableWriter implements TableWriter {

    @Override
    public void write(RecordTable table, OutputStream out) {
        throw new UnwritableTable("not yet");
    }
}
