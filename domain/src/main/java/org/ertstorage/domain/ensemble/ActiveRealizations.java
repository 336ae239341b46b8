package org.ertstorage.domain.ensemble;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The realization indices of an ensemble that may receive per-realization records, in the order
 * the client gave them.
 */
public record ActiveRealizations(List<Integer> indices) {

    public ActiveRealizations {
        indices = List.copyOf(Objects.requireNonNull(indices, "'indices' must not be null"));
    }

    /**
     * The active realizations of a new ensemble of {@code size}: all of them when none are
     * requested, otherwise the requested ones, which must be distinct indices in
     * {@code [0, size-1]}. An ensemble of size 0 or of unknown size (-1) lists none.
     *
     * @throws ActiveRealizationOutOfRange for an index outside the range
     * @throws DuplicateActiveRealization when an index repeats
     */
    public static ActiveRealizations resolve(int size, List<Integer> requested) {
        Objects.requireNonNull(requested, "'requested' must not be null");
        if (requested.isEmpty()) {
            return new ActiveRealizations(IntStream.range(0, Math.max(size, 0)).boxed().toList());
        }
        if (size <= 0) {
            throw ActiveRealizationOutOfRange.forSizeWithoutRange(size, requested);
        }
        int max = requested.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (max > size - 1) {
            throw new ActiveRealizationOutOfRange(max, size);
        }
        requested.stream().filter(i -> i < 0).findFirst().ifPresent(negative -> {
            throw new ActiveRealizationOutOfRange(negative, size);
        });
        if (new HashSet<>(requested).size() != requested.size()) {
            throw new DuplicateActiveRealization(requested);
        }
        return new ActiveRealizations(requested);
    }

    public boolean contains(int index) {
        return indices.contains(index);
    }

    /** The list as ERT's messages write it: {@code [0, 1, 2]}. */
    public static String describe(List<Integer> indices) {
        return indices.toString();
    }
}
