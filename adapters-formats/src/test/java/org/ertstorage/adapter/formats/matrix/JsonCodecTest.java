package org.ertstorage.adapter.formats.matrix;

import static org.ertstorage.adapter.formats.matrix.Tables.table;
import static org.ertstorage.adapter.formats.matrix.Tables.text;
import static org.ertstorage.adapter.formats.matrix.Tables.unlabeled;
import static org.ertstorage.adapter.formats.matrix.Tables.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.ertstorage.domain.record.Matrix;
import org.ertstorage.domain.record.RecordTable;
import org.ertstorage.domain.record.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    private static Matrix read(String json) {
        return MatrixFormat.JSON.read(utf8(json));
    }

    @Test
    void givenNestedArrays_read_keepsShapeAndCOrder() {
        var matrix = read(" [[1, 2.5, -3e2],\n [4, 5, 6]] ");
        assertEquals(Shape.of(2, 3), matrix.shape());
        assertArrayEquals(new double[] {1, 2.5, -300, 4, 5, 6}, matrix.values());
        assertEquals(Optional.empty(), matrix.labels());
    }

    @Test
    void givenSpecialTokens_read_mapsThem() {
        var matrix = read("[true, false, null, NaN, Infinity, -Infinity, -0.0, 1e-05]");
        assertArrayEquals(new double[] {1, 0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, -0.0, 1e-5}, matrix.values());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(matrix.values()[6]));
    }

    @Test
    void givenThreeDimensions_read_keepsThem() {
        assertEquals(Shape.of(2, 1, 2), read("[[[1,2]],[[3,4]]]").shape());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "{\"a\": 1}", "[\"a\"]", "[[1, 2], [3]]", "[[1, 2], 3]", "[1, [2]]", "[1, 2",
            "[1 2]", "[1,]", "[1] x", "", "[0x10]", "[1d]", "[tru]", "[[1], []]", "[{}]"})
    void givenNoMatrix_read_throwsUndecodable(String json) {
        var e = assertThrows(UndecodableMatrix.class, () -> read(json));
        assertFalse(e.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[[], []]", "[[[]]]"})
    void givenEmptyArray_read_throwsEmpty(String json) {
        assertTrue(assertThrows(UndecodableMatrix.class, () -> read(json)).empty());
    }

    @Test
    void givenManyDigits_read_roundsAsJavaDoes() {
        String[] numbers = {"0.1", "0.30000000000000004", "123456789012345678901234567890", "1.7976931348623157e308",
                "4.9e-324", "2.2250738585072014E-308", "9007199254740993", "0.000001234", "-12.180099999999998"};
        for (String number : numbers) {
            assertEquals(Double.parseDouble(number), read("[" + number + "]").values()[0], number);
        }
    }

    @Test
    void givenTable_write_nestsRowsOutermostWithPythonFloats() {
        var table = table(unlabeled(new int[] {2, 2}, 1.1, 2.1, 1.2, 2.2));
        assertEquals("[[1.1, 2.1], [1.2, 2.2]]", text(MatrixFormat.JSON, table));
    }

    @Test
    void givenSingleRow_write_flattensIt() {
        assertEquals("[1.0, 2.0, 3.0]", text(MatrixFormat.JSON, table(read("[[1, 2, 3]]"))));
        assertEquals("[1.0]", text(MatrixFormat.JSON, table(read("[1]"))));
    }

    @Test
    void givenSpecialValues_write_usesBareTokens() {
        var table = table(unlabeled(new int[] {2, 3}, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                -0.0, 1e-5, 1e16));
        assertEquals("[[NaN, Infinity, -Infinity], [-0.0, 1e-05, 1e+16]]", text(MatrixFormat.JSON, table));
    }

    @Test
    void givenThreeDimensions_write_restoresTheFullShape() {
        String json = "[[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]";
        assertEquals(json, text(MatrixFormat.JSON, table(read(json))));
        assertEquals("[[5.0, 6.0], [7.0, 8.0]]", text(MatrixFormat.JSON, RecordTable.row(read(json), 1, Optional.empty())));
    }

    @Test
    void givenWrittenTable_read_givesTheSameValues() {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e-5, 0.1, 5e-324, 1.7976931348623157e308};
        var again = read(text(MatrixFormat.JSON, table(unlabeled(new int[] {2, 4}, values))));
        assertEquals(Shape.of(2, 4), again.shape());
        assertArrayEquals(values, again.values());
    }

    @Test
    void givenEmptyTable_write_isAnEmptyList() {
        var table = new RecordTable(Tables.axis(org.ertstorage.domain.record.LabelType.INTEGER),
                Tables.axis(org.ertstorage.domain.record.LabelType.INTEGER), List.of(), new double[0]);
        assertEquals("[]", text(MatrixFormat.JSON, table));
    }
}
