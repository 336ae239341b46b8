package org.ertstorage.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The server under test as a child process ({@code ./ert-storage serve}), so that what the
 * benchmark measures is the server alone and its peak resident memory can be read from /proc.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final URI base;
    private final Path log;

    private ServerProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Starts {@code home/ert-storage serve} on a free port from {@code firstPort} on and waits until it is ready. */
    static ServerProcess start(Path home, int firstPort, Map<String, String> environment)
            throws IOException, InterruptedException {
        int port = freePort(firstPort);
        var log = Files.createTempFile("ert-storage-benchmark-server", ".log");
        var builder = new ProcessBuilder(home.resolve("ert-storage").toString(), "serve", "--host", "127.0.0.1",
                "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        var server = new ServerProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        server.awaitReady();
        return server;
    }

    URI base() {
        return base;
    }

    /** The server's peak resident set size in bytes so far (VmHWM). */
    long peakRssBytes() throws IOException {
        return statusKilobytes("VmHWM:") * 1024;
    }

    /**
     * The CPU time the server has used so far, all its threads, in nanoseconds: a figure that the
     * other processes on a shared machine do not inflate the way they do latencies.
     */
    long cpuNanos() throws IOException {
        return ProcessCpu.nanos(process.pid());
    }

    private long statusKilobytes(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException(field + " missing from /proc/" + process.pid() + "/status");
    }

    private void awaitReady() throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited with " + process.exitValue() + "; its log:\n"
                        + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("The server was not ready within " + START_TIMEOUT + "; log in " + log);
    }

    private static int freePort(int first) throws IOException {
        for (int port = first; port < first + 100; port++) {
            try (var socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // Try the next one.
            }
        }
        throw new IOException("No free port in " + first + ".." + (first + 99));
    }

    /** SIGTERM, as an orchestrator would stop it, then the log is removed unless the server failed. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
