package org.ertstorage.batch;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;

/**
 * Where a numeric record's values are in the export: rows {@code firstRow} to {@code firstRow + rows}
 * of a Parquet file (realizations as rows), and what the Parquet file cannot say: the record's
 * shape, its row labels and the type of its column labels (the Parquet column names), when labeled.
 */
record RecordLayout(String file, int firstRow, int rows, List<Integer> shape, Optional<LabelAxis> rowLabels,
        Optional<LabelType> columnLabelType) {

    RecordLayout {
        shape = List.copyOf(shape);
    }
}
