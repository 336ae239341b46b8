package org.ertstorage.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** Timings of one scenario: every operation's latency, the bytes moved and the peak heap. */
final class Scenario {

    private final String name;
    private final long[] latencies;
    private final AtomicLong bytes = new AtomicLong();
    private int count;
    private long started;
    private long elapsed;
    private long peakHeap;

    Scenario(String name, int operations) {
        this.name = name;
        this.latencies = new long[operations];
    }

    void start() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        started = System.nanoTime();
    }

    synchronized void record(long nanos, long movedBytes) {
        latencies[count++] = nanos;
        bytes.addAndGet(movedBytes);
    }

    void stop() {
        elapsed = System.nanoTime() - started;
        peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private double percentileMillis(double p) {
        var sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1));
        return sorted[index] / 1e6;
    }

    private double seconds() {
        return elapsed / 1e9;
    }

    String row() {
        return String.format(Locale.ROOT, "%-22s %8d %10.1f %9.2f %9.2f %9.1f %10.0f", name, count, count / seconds(),
                percentileMillis(0.5), percentileMillis(0.99), bytes.get() / 1e6 / seconds(), peakHeap / 1e6);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-22s %8s %10s %9s %9s %9s %10s", "scenario", "ops", "ops/s", "p50 ms",
                "p99 ms", "MB/s", "peak MB");
    }

    String json() {
        return String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"operations\":%d,\"seconds\":%.3f,\"ops_per_s\":%.1f,"
                + "\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"mb_per_s\":%.2f,\"bytes\":%d,\"peak_heap_mb\":%.1f}", name, count,
                seconds(), count / seconds(), percentileMillis(0.5), percentileMillis(0.99),
                bytes.get() / 1e6 / seconds(), bytes.get(), peakHeap / 1e6);
    }
}
