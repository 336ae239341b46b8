package org.ertstorage.bootstrap;

/** Steps of a long test that print how long each took, for figures measured along the way. */
final class TimedSteps {

    /** A step that may throw anything the test would. */
    interface Step {
        void run() throws Exception;
    }

    private TimedSteps() {
    }

    /** Runs the step and prints {@code "<what> <name>: <ms> ms"}. */
    static void timed(String what, String name, Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        System.out.printf("%s %s: %d ms%n", what, name, (System.nanoTime() - start) / 1_000_000);
    }
}
