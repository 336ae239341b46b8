package org.ertstorage.benchmarks;

import java.util.List;

/**
 * The size of a run. {@code full} is issue 7's workload (100 realizations, 20 parameters, 20
 * responses of 1,000 steps, 10 MB and 100 MB blobs); {@code smoke} keeps every scenario but
 * shrinks counts so a run takes about a minute, for CI.
 *
 * @param reads operations of each read scenario at concurrency 1 (c8 scenarios run four times as many)
 * @param blobSizes megabytes of each blob size tried; each size goes up and down {@code blobRepeats} times
 */
record Profile(String name, int realizations, int parameters, int responses, int steps, int reads,
        int smallReads, int misfits, List<Integer> blobSizes, int blobRepeats) {

    static Profile named(String name) {
        return switch (name) {
            case "full" -> new Profile(name, 100, 20, 20, 1000, 100, 2000, 40, List.of(10, 100), 3);
            case "smoke" -> new Profile(name, 20, 20, 5, 1000, 10, 200, 5, List.of(10), 2);
            default -> throw new IllegalArgumentException("--profile must be full or smoke, not '" + name + "'");
        };
    }
}
