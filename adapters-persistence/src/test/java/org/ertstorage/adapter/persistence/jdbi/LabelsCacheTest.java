package org.ertstorage.adapter.persistence.jdbi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.ertstorage.domain.record.LabelAxis;
import org.ertstorage.domain.record.Labels;
import org.junit.jupiter.api.Test;

class LabelsCacheTest {

    private final AtomicInteger fetched = new AtomicInteger();

    private Supplier<String> text(String... columns) {
        return () -> {
            fetched.incrementAndGet();
            return LabelsJson.write(new Labels(LabelAxis.strings(List.of(columns)), LabelAxis.strings(List.of("0"))));
        };
    }

    @Test
    void givenOneDigestTwice_read_fetchesAndParsesItsTextOnceAndSharesTheLabels() {
        var cache = new LabelsCache(100);
        var first = cache.read("d1", text("a", "b")).orElseThrow();
        var second = cache.read("d1", text("a", "b")).orElseThrow();
        assertSame(first, second);
        assertEquals(1, fetched.get());
        assertEquals(List.of("a", "b"), second.columns().values());
    }

    @Test
    void givenNoDigest_read_hasNoLabelsAndFetchesNothing() {
        assertTrue(new LabelsCache(100).read(null, text("a")).isEmpty());
        assertEquals(0, fetched.get());
    }

    @Test
    void givenMoreLabelValuesThanTheCapacity_read_dropsTheLeastRecentlyUsed() {
        // Each entry weighs 1 + 2 columns + 1 row = 4 label values: two fit in 8.
        var cache = new LabelsCache(8);
        cache.read("d1", text("a", "b"));
        cache.read("d2", text("c", "d"));
        cache.read("d1", text("a", "b"));
        cache.read("d3", text("e", "f"));
        assertEquals(3, fetched.get());
        cache.read("d1", text("a", "b"));
        assertEquals(3, fetched.get(), "d1, used last, is held");
        assertEquals(List.of("c", "d"), cache.read("d2", text("c", "d")).orElseThrow().columns().values());
        assertEquals(4, fetched.get(), "d2, used least recently, was dropped");
    }

    @Test
    void givenLabelsLargerThanTheCapacity_read_returnsThemWithoutHoldingThem() {
        var cache = new LabelsCache(3);
        assertEquals(List.of("a", "b"), cache.read("d1", text("a", "b")).orElseThrow().columns().values());
        cache.read("d1", text("a", "b"));
        assertEquals(2, fetched.get());
    }
}
