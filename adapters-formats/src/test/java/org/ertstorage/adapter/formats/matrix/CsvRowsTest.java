package org.ertstorage.adapter.formats.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.ertstorage.domain.record.LabelType;
import org.ertstorage.domain.record.Matrix;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static Iterator<Matrix> bulk(String csv) {
        return CsvRows.bulk(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void givenRowsLabeledByRealization_bulk_yieldsOneLabeledRowEach() {
        var rows = bulk(",a,a,c\n 03,1,2,3\n1,inf,,\n");

        var first = rows.next();
        assertEquals(List.of(1, 3), first.shape().dimensions());
        assertArrayEquals(new double[] {1, 2, 3}, first.values());
        assertEquals(List.of("a", "a.1", "c"), first.labels().orElseThrow().columns().values());
        assertEquals(LabelType.INTEGER, first.labels().orElseThrow().rows().type());
        assertEquals(List.of("3"), first.labels().orElseThrow().rows().values());
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, Double.NaN, Double.NaN}, rows.next().values());
        assertEquals(false, rows.hasNext());
    }

    @Test
    void givenRowLongerThanTheHeaderMidBody_bulk_throwsUndecodableAtThatRow() {
        var rows = bulk(",a,b\n0,1,2\n1,1,2,3\n2,1,2\n");

        rows.next();
        assertThrows(UndecodableMatrix.class, rows::next);
    }

    @Test
    void givenCellThatIsNoNumber_bulk_throwsUndecodable() {
        var rows = bulk(",a\n0,1\n1,x\n");

        rows.next();
        assertThrows(UndecodableMatrix.class, rows::hasNext);
    }

    @Test
    void givenHeaderOnlyOrNoColumns_bulk_throwsEmptyMatrix() {
        assertTrue(assertThrows(UndecodableMatrix.class, () -> bulk(",a,b\n").hasNext()).empty());
        assertTrue(assertThrows(UndecodableMatrix.class, () -> bulk("idx\n0\n")).empty());
        assertTrue(assertThrows(UndecodableMatrix.class, () -> bulk("")).empty());
    }

    @Test
    void givenTextRowLabel_bulk_keepsItAsText() {
        assertEquals(LabelType.STRING, bulk(",a\nx,1\n").next().labels().orElseThrow().rows().type());
    }
}
