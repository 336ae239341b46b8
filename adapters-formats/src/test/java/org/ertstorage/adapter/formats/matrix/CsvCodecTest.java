package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.axis;
import static org.ertstorage.adapter.formats.matrix.Tables.labeled;
import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.text;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.ertstorage.adapter.formats.matrix.Tables.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCodecTest {

    private static Matrix read(String csv) {
        return MatrixFormat.CSV.read(utf8(csv));
    }

    private static LabelAxis columns(Matrix matrix) {
        return matrix.labels().orElseThrow().columns();
    }

    private static LabelAxis rows(Matrix matrix) {
        return matrix.labels().orElseThrow().rows();
    }

    @Test
    void givenSpecExample_readThenWrite_givesTheSameBytes() {
        String csv = ",a,b,c\n0,1.1,2.1,3.1\n1,1.2,2.2,3.2\n";
        var matrix = read(csv);
        assertEquals(Shape.of(2, 3), matrix.shape());
        assertEquals(LabelAxis.strings(List.of("a", "b", "c")), columns(matrix));
        assertEquals(axis(LabelType.INTEGER, "0", "1"), rows(matrix));
        assertEquals(csv, text(MatrixFormat.CSV, table(matrix)));
    }

    @Test
    void givenForwardModelRecords_write_labelsRowsWithRealizations() {
        var parts = List.of(
                new RecordTable.Part(labeled(List.of("A", "B", "C"), axis(LabelType.INTEGER, "0"), 1.5, 1.6, 1.7), Optional.of(1)),
                new RecordTable.Part(labeled(List.of("A", "B", "C"), axis(LabelType.INTEGER, "0"), 0.5, 0.6, 0.7), Optional.of(0)),
                new RecordTable.Part(labeled(List.of("A", "B", "C"), axis(LabelType.INTEGER, "0"), 2.5, 2.6, 2.7), Optional.of(2)));
        assertEquals(",A,B,C\n0,0.5,0.6,0.7\n1,1.5,1.6,1.7\n2,2.5,2.6,2.7\n",
                text(MatrixFormat.CSV, RecordTable.of(parts, Optional.empty())));
    }

    @Test
    void givenSpecialValues_write_usesPandasText() {
        var table = table(unlabeled(new int[] {1, 4}, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertEquals(",0,1,2,3\n0,1.5,,inf,-inf\n", text(MatrixFormat.CSV, table));
    }

    @Test
    void givenSpecialCells_read_givesNaNAndInfinities() {
        var matrix = read(",a,b,c,d,e,f\n0,1.5,,inf,-inf,nan,NA\n");
        assertArrayEquals(new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NaN, Double.NaN}, matrix.values());
    }

    @Test
    void givenLabelsNeedingQuotes_writeThenRead_keepsThem() {
        var matrix = labeled(List.of("a,b", "say \"hi\"", "two\nlines", "ø"),
                axis(LabelType.STRING, "x,y", "plain"), 1, 2, 3, 4, 5, 6, 7, 8);
        String csv = text(MatrixFormat.CSV, table(matrix));
        assertEquals(",\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",ø\n\"x,y\",1.0,2.0,3.0,4.0\nplain,5.0,6.0,7.0,8.0\n", csv);
        assertEquals(matrix.labels(), read(csv).labels());
    }

    @Test
    void givenRowLabelStartingWithCommentCharacter_write_quotesItAsFastCsvDoes() {
        // Row labels go through FastCSV apart from the values: a first field starting with '#' is quoted, others not.
        var matrix = labeled(List.of("#y"), axis(LabelType.STRING, "#x", "", "plain"), 1, Double.NaN, -2.5e-7);
        assertEquals(",#y\n\"#x\",1.0\n,\nplain,-2.5e-07\n", text(MatrixFormat.CSV, table(matrix)));
    }

    @Test
    void givenRowIndexText_read_typesTheIndex() {
        assertEquals(axis(LabelType.FLOAT, "0.5", "1.0"), rows(read(",a\n0.50,1\n1,2\n")));
        assertEquals(axis(LabelType.STRING, "x", "1"), rows(read(",a\nx,1\n1,2\n")));
        assertEquals(axis(LabelType.INTEGER, "-3", "7"), rows(read(",a\n-3,1\n+7,2\n")));
    }

    @Test
    void givenFloatAndTimestampIndex_write_printsAsPandas() {
        var floats = labeled(List.of("a"), axis(LabelType.FLOAT, "0.5", "1e-05"), 1, 2);
        assertEquals(",a\n0.5,1.0\n1e-05,2.0\n", text(MatrixFormat.CSV, table(floats)));
        var dates = labeled(List.of("a"), axis(LabelType.TIMESTAMP, "2021-01-01T00:00:00", "2021-01-02T00:00:00"), 1, 2);
        assertEquals(",a\n2021-01-01,1.0\n2021-01-02,2.0\n", text(MatrixFormat.CSV, table(dates)));
        var times = labeled(List.of("a"), axis(LabelType.TIMESTAMP, "2021-01-01T00:00:00", "2021-01-01T12:30:00"), 1, 2);
        assertEquals(",a\n2021-01-01 00:00:00,1.0\n2021-01-01 12:30:00,2.0\n", text(MatrixFormat.CSV, table(times)));
    }

    @Test
    void givenCrlfBlankLinesShortRowsAndDuplicateColumns_read_actsAsPandas() {
        var matrix = read("\uFEFFidx,a,a,b\r\n\r\n0,1,2\r\n1,\"3\",4,5\r\n\n");
        assertEquals(LabelAxis.strings(List.of("a", "a.1", "b")), columns(matrix));
        assertArrayEquals(new double[] {1, 2, Double.NaN, 3, 4, 5}, matrix.values());
    }

    @ParameterizedTest
    @ValueSource(strings = {",a\n0,x\n", ",a\n0,1,2\n", ",a\n0,\"1\n", ",a\n0,True\n", ",a\n0,0x1p3\n"})
    void givenNoNumericMatrix_read_throwsUndecodable(String csv) {
        assertThrows(UndecodableMatrix.class, () -> read(csv));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",a,b\n", "\n\n", "idx\n0\n1\n"})
    void givenNoValues_read_throwsEmpty(String csv) {
        assertTrue(assertThrows(UndecodableMatrix.class, () -> read(csv)).empty());
    }

    @Test
    void givenThreeDimensions_write_printsCellsAsQuotedLists() {
        var table = table(unlabeled(new int[] {1, 2, 2}, 1, 2, Double.NaN, 4));
        assertEquals(",0,1\n0,\"[1.0, 2.0]\",\"[nan, 4.0]\"\n", text(MatrixFormat.CSV, table));
    }

    @Test
    void givenWrittenTable_read_givesSameValuesAndLabels() {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-5, 0.1, 5e-324, 123456789.0};
        var matrix = labeled(List.of("a", "b", "c", "d"), axis(LabelType.INTEGER, "3", "5"), values);
        var again = read(text(MatrixFormat.CSV, table(matrix)));
        assertArrayEquals(values, again.values());
        assertEquals(matrix.labels(), again.labels());
    }

    @Test
    void givenMissingFloatIndexLabel_readAndWrite_keepFloatIndexWithNaNAsEmptyField() {
        var matrix = read(",a\n0.5,1\n,2\n");
        assertEquals(new LabelAxis(LabelType.FLOAT, List.of("0.5", "nan")), rows(matrix));
        assertEquals(",a\n0.5,1.0\n,2.0\n", text(MatrixFormat.CSV, table(matrix)));
    }
}
