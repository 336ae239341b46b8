package org.ertstorage.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** One scenario: its operations run by a fixed number of clients, with every latency, the bytes moved and the errors. */
final class Scenario {

    /** One request (or one short protocol, such as a chunked upload); returns the payload bytes it moved. */
    interface Operation {
        long run() throws Exception;
    }

    private final String name;
    private final int concurrency;
    private final long[] latencies;
    private int count;
    private long bytes;
    private int errors;
    private String firstError;
    private long elapsed;
    private long serverPeakRss;
    private Cpu cpu = new Cpu(0, 0, 0);

    private Scenario(String name, int concurrency, int operations) {
        this.name = name;
        this.concurrency = concurrency;
        this.latencies = new long[operations];
    }

    /** Runs the operations, {@code concurrency} at a time, in the given order of starts. */
    static Scenario run(String name, int concurrency, List<Operation> operations) throws InterruptedException {
        var scenario = new Scenario(name, concurrency, operations.size());
        var next = new AtomicInteger();
        long started = System.nanoTime();
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            var running = new Future<?>[concurrency];
            for (int c = 0; c < concurrency; c++) {
                running[c] = clients.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < operations.size(); ) {
                        scenario.time(operations.get(i));
                    }
                });
            }
            for (var client : running) {
                try {
                    client.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("A client of " + name + " failed", e.getCause());
                }
            }
        }
        scenario.elapsed = System.nanoTime() - started;
        return scenario;
    }

    private void time(Operation operation) {
        long start = System.nanoTime();
        try {
            long moved = operation.run();
            record(System.nanoTime() - start, moved);
        } catch (Exception e) {
            fail(e);
        }
    }

    private synchronized void record(long nanos, long movedBytes) {
        latencies[count++] = nanos;
        bytes += movedBytes;
    }

    private synchronized void fail(Exception e) {
        if (errors++ == 0) {
            firstError = e.getMessage();
        }
    }

    /** CPU nanoseconds used by the server, the benchmark's clients and PostgreSQL (0 on H2: it runs in the server). */
    record Cpu(long server, long clients, long database) {

        Cpu minus(Cpu earlier) {
            return new Cpu(server - earlier.server, clients - earlier.clients, database - earlier.database);
        }
    }

    void server(long peakRssBytes, Cpu used) {
        serverPeakRss = peakRssBytes;
        cpu = used;
    }

    private double millisPerOperation(long nanos) {
        return count == 0 ? Double.NaN : nanos / 1e6 / count;
    }

    int errors() {
        return errors;
    }

    String firstError() {
        return firstError;
    }

    String name() {
        return name;
    }

    private double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1));
        return sorted[index] / 1e6;
    }

    private double seconds() {
        return elapsed / 1e9;
    }

    String row() {
        return String.format(Locale.ROOT, "%-28s %3d %7d %10.1f %9.2f %9.2f %9.1f %6d %9.0f %8.2f %8.2f %8.2f", name,
                concurrency, count, count / seconds(), percentileMillis(0.5), percentileMillis(0.99),
                bytes / 1e6 / seconds(), errors, serverPeakRss / 1e6, millisPerOperation(cpu.server()),
                millisPerOperation(cpu.clients()), millisPerOperation(cpu.database()));
    }

    static String header() {
        return String.format(Locale.ROOT, "%-28s %3s %7s %10s %9s %9s %9s %6s %9s %8s %8s %8s", "scenario", "c", "ops",
                "req/s", "p50 ms", "p99 ms", "MB/s", "errors", "RSS MB", "CPU ms", "client", "db");
    }

    String json() {
        return String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"concurrency\":%d,\"operations\":%d,\"errors\":%d,"
                + "\"seconds\":%.3f,\"req_per_s\":%.1f,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"mb_per_s\":%.2f,\"bytes\":%d,"
                + "\"server_peak_rss_mb\":%.1f,\"server_cpu_ms_per_op\":%.3f,\"client_cpu_ms_per_op\":%.3f,"
                + "\"database_cpu_ms_per_op\":%.3f}", name, concurrency, count, errors, seconds(), count / seconds(),
                percentileMillis(0.5), percentileMillis(0.99), bytes / 1e6 / seconds(), bytes, serverPeakRss / 1e6,
                millisPerOperation(cpu.server()), millisPerOperation(cpu.clients()), millisPerOperation(cpu.database()));
    }
}
