package org.ertstorage.domain.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The server-side selection of issue 7: realization sets and column label ranges. */
class SelectionTest {

    @Test
    void givenListsAndRanges_parse_sortsAndMergesThem() {
        assertEquals(List.of(new RealizationSet.Range(0, 0), new RealizationSet.Range(3, 4), new RealizationSet.Range(7, 19)),
                RealizationSet.parse(" 10-19, 0,3 ,4,7-12,8").ranges());
    }

    @Test
    void givenMalformedText_parse_fails() {
        for (var bad : List.of("", "a", "1,", "-1", "1-", "5-3", "1.5", "+2", "1-2-3", "99999999999")) {
            assertThrows(IllegalArgumentException.class, () -> RealizationSet.parse(bad), bad);
        }
    }

    @Test
    void givenLabelsOfEachType_keep_comparesAsThatType() {
        var integers = new LabelAxis(LabelType.INTEGER, List.of("9", "10", "100", "2"));
        assertArrayEquals(new int[] {0, 1, 3}, range("2", "10").keep(integers), "numbers, not text");
        var floats = new LabelAxis(LabelType.FLOAT, List.of("0.5", "nan", "inf", "-1.5"));
        assertArrayEquals(new int[] {0, 3}, range("-2", "1").keep(floats));
        var times = new LabelAxis(LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00", "2021-01-01T12:00:00", "2021-01-02T00:00:00"));
        assertArrayEquals(new int[] {1, 2}, range("2021-01-01 06:00", "2021-01-02").keep(times));
        var strings = LabelAxis.strings(List.of("b", "a", "c"));
        assertArrayEquals(new int[] {0, 1}, new LabelRange(Optional.empty(), Optional.of("b")).keep(strings));
    }

    @Test
    void givenBoundOfAnotherType_keep_failsNamingTheParameter() {
        var times = new LabelAxis(LabelType.TIMESTAMP, List.of("2021-01-01T00:00:00"));
        var e = assertThrows(LabelRange.BoundMismatch.class, () -> range("2021-01-01", "later").keep(times));
        assertEquals("label_to", e.context().get("parameter"));
    }

    private static LabelRange range(String from, String to) {
        return new LabelRange(Optional.of(from), Optional.of(to));
    }
}
