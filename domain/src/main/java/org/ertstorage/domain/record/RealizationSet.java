package org.ertstorage.domain.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The realizations an ensemble-wide read keeps (issue 7's server-side selection): ranges of
 * indices, sorted and merged, so a client fetches the realizations it plots.
 */
public record RealizationSet(List<Range> ranges) {

    /** The indices {@code first} to {@code last}, both included. */
    public record Range(int first, int last) {

        public Range {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("a range of realizations runs from an index to one not below it, got "
                        + first + "-" + last);
            }
        }
    }

    public RealizationSet {
        ranges = List.copyOf(Objects.requireNonNull(ranges, "'ranges' must not be null"));
    }

    /**
     * A comma-separated list of indices and ranges, e.g. {@code 0,3,7,10-19}.
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static RealizationSet parse(String text) {
        var ranges = new ArrayList<Range>();
        for (String item : text.split(",", -1)) {
            String part = item.strip();
            int dash = part.indexOf('-', 1);
            try {
                ranges.add(dash < 0 ? new Range(index(part), index(part))
                        : new Range(index(part.substring(0, dash)), index(part.substring(dash + 1))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is neither a realization index nor a range like 10-19");
            }
        }
        ranges.sort(Comparator.comparingInt(Range::first));
        var merged = new ArrayList<Range>();
        for (Range range : ranges) {
            Range last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.first() <= (long) last.last() + 1) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return new RealizationSet(merged);
    }

    private static int index(String text) {
        int index = Integer.parseInt(text.strip());
        if (index < 0 || !text.strip().chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException(text);
        }
        return index;
    }

    public boolean includes(int realization) {
        return ranges.stream().anyMatch(r -> r.first() <= realization && realization <= r.last());
    }

    /** Whether a record of this realization (empty: ensemble-wide, which has none) is kept. */
    public static boolean keeps(Optional<RealizationSet> set, Optional<Integer> realization) {
        return set.isEmpty() || realization.isPresent() && set.get().includes(realization.get());
    }
}
