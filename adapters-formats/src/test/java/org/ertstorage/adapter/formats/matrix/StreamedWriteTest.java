package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.axis;
import static org.ertstorage.adapter.formats.matrix.Tables.bytes;
import static org.ertstorage.adapter.formats.matrix.Tables.inBlocks;
import static org.ertstorage.adapter.formats.matrix.Tables.labeled;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.StreamedTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows arriving in blocks, as a stacked read streams them, are written exactly as one whole table. */
class StreamedWriteTest {

    private static final RecordTable LABELED = table(labeled(List.of("a", "b"),
            axis(LabelType.STRING, "r0", "r1", "r2", "r3", "r4"), 1, 2, 3, Double.NaN, 5, 6, 7, 8, -0.0, Double.POSITIVE_INFINITY));
    private static final RecordTable CUBE = table(unlabeled(new int[] {3, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    private static final RecordTable NO_COLUMNS = table(unlabeled(new int[] {3, 0}));

    @ParameterizedTest
    @EnumSource(MatrixFormat.class)
    void givenRowsInBlocks_write_givesTheBytesOfTheWholeTable(MatrixFormat format) {
        for (var table : format == MatrixFormat.PARQUET ? List.of(LABELED, NO_COLUMNS) : List.of(LABELED, CUBE, NO_COLUMNS)) {
            var whole = bytes(format, table);
            for (int rowsPerBlock = 1; rowsPerBlock <= table.rowCount(); rowsPerBlock++) {
                assertArrayEquals(whole, bytes(format, inBlocks(table, rowsPerBlock)), format + " in blocks of " + rowsPerBlock);
            }
        }
    }

    /** A source that delivers fewer rows than its layout promised fails the write instead of ending it early. */
    @ParameterizedTest
    @EnumSource(MatrixFormat.class)
    void givenBlocksShortOfTheLayout_write_fails(MatrixFormat format) {
        var short_ = new StreamedTable(LABELED.layout(), block -> block.accept(new double[] {1, 2}));
        assertThrows(IllegalStateException.class, () -> format.write(short_, new ByteArrayOutputStream()));
    }
}
