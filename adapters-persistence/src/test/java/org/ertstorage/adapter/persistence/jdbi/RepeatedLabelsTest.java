package org.ertstorage.adapter.persistence.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.Labels;
import org.junit.jupiter.api.Test;

class RepeatedLabelsTest {

    private static String text(String... columns) {
        return LabelsJson.write(new Labels(LabelAxis.strings(List.of(columns)), LabelAxis.strings(List.of("0"))));
    }

    @Test
    void givenTheSameTextTwice_read_parsesItOnceAndSharesTheLabels() {
        var labels = new RepeatedLabels();
        var first = labels.read(text("a", "b")).orElseThrow();
        var second = labels.read(new String(text("a", "b"))).orElseThrow();
        assertSame(first, second);
    }

    @Test
    void givenAnotherTextOrNone_read_readsIt() {
        var labels = new RepeatedLabels();
        var first = labels.read(text("a")).orElseThrow();
        var other = labels.read(text("b")).orElseThrow();
        assertNotSame(first, other);
        assertEquals(List.of("b"), other.columns().values());
        assertTrue(labels.read(null).isEmpty(), "an unlabeled row after a labeled one has no labels");
        assertEquals(List.of("a"), labels.read(text("a")).orElseThrow().columns().values());
    }
}
