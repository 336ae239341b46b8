package org.ertstorage.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a port of its own, that the
 * test may stop and start: the machine's cluster is never touched. Made with the PostgreSQL
 * binaries under {@code /usr/lib/postgresql/<version>/bin}; as root, the server runs as the
 * {@code postgres} user (PostgreSQL refuses to run as root). Aborts the test, loudly, where the
 * binaries are missing or the cluster cannot be made.
 */
record PrivatePostgresCluster(Path bin, Path directory, int port, boolean asPostgresUser) implements AutoCloseable {

    private static final Path BINARIES = Path.of("/usr/lib/postgresql");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    /** Makes and starts a cluster on {@code port} with trust authentication and a database {@code ert}. */
    static PrivatePostgresCluster start(int port) {
        var bin = newestBinaries().orElseGet(() -> abort("no PostgreSQL binaries under " + BINARIES));
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            var directory = Files.createTempDirectory("ert-storage-pg-");
            var cluster = new PrivatePostgresCluster(bin, directory, port, root);
            if (root) {
                cluster.run(List.of("chown", "postgres", directory.toString()), false);
            }
            cluster.run(List.of(bin.resolve("initdb").toString(), "-D", cluster.data(), "-A", "trust", "-U", "postgres",
                    "--no-sync"), true);
            cluster.startServer();
            try (var connection = DriverManager.getConnection(cluster.url("postgres"), "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE ert");
            }
            return cluster;
        } catch (IOException | SQLException | IllegalStateException e) {
            return abort("the private PostgreSQL cluster could not be made: " + e.getMessage());
        }
    }

    private static <T> T abort(String reason) {
        var message = "PostgreSQL fault tests skipped: " + reason;
        System.err.println(message);
        return Assumptions.abort(message);
    }

    private static Optional<Path> newestBinaries() {
        if (!Files.isDirectory(BINARIES)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(BINARIES)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")) && Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> bin.getParent().getFileName().toString(),
                            Comparator.comparingInt(name -> name.matches("\\d+") ? Integer.parseInt(name) : -1)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The database the server under test uses, through a small pool. */
    DatabaseSettings database(int poolSize) {
        return new DatabaseSettings(url("ert"), "postgres", "", poolSize);
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    void startServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", directory.resolve("log").toString(), "-w",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
    }

    /** {@code pg_ctl stop -m fast}: open sessions are ended and their transactions rolled back. */
    void stopServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"), true);
    }

    @Override
    public void close() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"), true);
        } catch (IllegalStateException alreadyStopped) {
            // Stopped by the test already; the directory goes either way.
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void run(List<String> command, boolean asServerUser) {
        var full = new ArrayList<String>();
        if (asServerUser && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            var process = new ProcessBuilder(full).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", full) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
