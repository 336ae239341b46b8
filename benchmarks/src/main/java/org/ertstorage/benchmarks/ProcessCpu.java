package org.ertstorage.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by processes, from Linux's /proc: the server, the benchmark's own clients and
 * PostgreSQL share the machine's cores, so where each operation's CPU goes says more than latency.
 */
final class ProcessCpu {

    // USER_HZ, which Linux fixes at 100 for /proc on every architecture this runs on.
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** The CPU time of process {@code pid}, all its threads, in nanoseconds. */
    static long nanos(long pid) throws IOException {
        return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))) * 1_000_000_000L
                / CLOCK_TICKS_PER_SECOND;
    }

    /** The CPU time of every PostgreSQL process now running (its backends included), in nanoseconds. */
    static long postgresNanos() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        ticks += ticks(stat);
                    }
                } catch (IOException | UncheckedIOException gone) {
                    // The process ended between the listing and the read: its time is lost to both samples alike.
                }
            }
        }
        return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
    }

    // Fields after the command name, which is in parentheses and may hold spaces; utime and stime are the 12th and 13th.
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
