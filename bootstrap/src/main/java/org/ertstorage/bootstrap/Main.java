package org.ertstorage.bootstrap;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ert-storage} command: {@code serve [--host H] [--port P]}, {@code db migrate},
 * {@code db info}, {@code db validate}. Settings come from the environment.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final Set<String> SERVE_OPTIONS = Set.of("--host", "--port");
    private static final String USAGE = """
            Usage: ert-storage <command>
              serve [--host HOST] [--port PORT]   run the server (default 127.0.0.1:8000)
              db migrate                          apply pending database migrations
              db info                             list migrations and their state
              db validate                         check applied migrations against the packaged ones
              export --experiment ID --to DIR     write an experiment to a directory (no server needed)
              import DIR                          load an exported directory into the database, once
              misfits --ensemble ID --response NAME [--realization N] [--summary]
                                                  misfits of a response against its observation, CSV
            Settings come from the environment; see README.md (ERT_STORAGE_DATABASE_URL, ERT_STORAGE_TOKEN, ...).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(List.of(args), System.getenv(), System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("ert-storage: " + e.getMessage());
            status = 2;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; {@code serve} returns once the server is up and leaves it running. */
    static int run(List<String> args, Map<String, String> environment, PrintStream out) {
        var words = new ArrayDeque<>(args);
        var command = words.isEmpty() ? "serve" : words.pop();
        switch (command) {
            case "serve" -> {
                var options = options(words);
                var server = serve(Settings.from(environment), options.getOrDefault("--host", "127.0.0.1"),
                        port(options.getOrDefault("--port", "8000")));
                Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ert-storage-shutdown"));
                return 0;
            }
            case "db" -> {
                return database(words.isEmpty() ? "" : words.pop(), Settings.from(environment), out);
            }
            case "export", "import", "misfits" -> {
                // The same commands as ./ert-storage runs from the batch jar, without the HTTP adapter.
                return org.ertstorage.batch.Main.run(args, environment, out, System.err);
            }
            case "-h", "--help", "help" -> {
                out.print(USAGE);
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown command '" + command + "'\n" + USAGE);
        }
    }

    /** Starts the server: connects, migrates unless told not to, and listens. */
    static RunningServer serve(Settings settings, String host, int port) {
        return serve(settings, host, port, sql -> { });
    }

    /** As {@link #serve(Settings, String, int)}, telling {@code statementListener} every SQL statement run. */
    static RunningServer serve(Settings settings, String host, int port, Consumer<String> statementListener) {
        LOG.info("Configuration: {}", settings.describe());
        var root = CompositionRoot.connect(settings, statementListener);
        try {
            if (settings.storage().database().isInMemory()) {
                LOG.info("Using an in-memory H2 database: data is lost when the server stops."
                        + " Set ERT_STORAGE_DATABASE_URL to keep it.");
            }
            LOG.info("Database: {} ({})", settings.storage().database().describe(), root.databaseProduct());
            int applied = root.prepareSchema();
            if (root.migratesOnStart()) {
                LOG.info("Database schema up to date ({} migrations applied now)", applied);
            }
            LOG.info("Record blobs: {}", root.blobStoreDescription());
            warnAboutToken(settings);
            var http = root.serve(host, port);
            LOG.info("ERT Storage {} listening on http://{}:{}", Version.current(), host, http.port());
            return new RunningServer(root, http);
        } catch (RuntimeException e) {
            root.close();
            throw e;
        }
    }

    private static void warnAboutToken(Settings settings) {
        if (settings.token().isEmpty()) {
            LOG.warn("ERT_STORAGE_NO_TOKEN is set: every client is accepted without a token.");
        } else if (settings.usesDefaultToken()) {
            LOG.warn("Using the default token '{}'; set ERT_STORAGE_TOKEN (or ERT_STORAGE_TOKEN_FILE) for any shared"
                    + " deployment.", Settings.DEFAULT_TOKEN);
        }
    }

    private static int database(String action, Settings settings, PrintStream out) {
        try (var root = CompositionRoot.connect(settings)) {
            var migrator = root.migrator();
            switch (action) {
                case "migrate" -> out.println("Applied " + migrator.migrate() + " migration(s) to "
                        + settings.storage().database().describe());
                case "info" -> migrator.info().forEach(out::println);
                case "validate" -> {
                    migrator.validate();
                    out.println("Applied migrations match the packaged ones.");
                }
                default -> throw new IllegalArgumentException("usage: ert-storage db migrate|info|validate");
            }
        }
        return 0;
    }

    /** {@code --host H --port P} or {@code --host=H --port=P}. */
    private static Map<String, String> options(Deque<String> words) {
        var options = new HashMap<String, String>();
        while (!words.isEmpty()) {
            var word = words.pop();
            var name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (!SERVE_OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option '" + word + "'\n" + USAGE);
            }
            if (word.contains("=")) {
                options.put(name, word.substring(word.indexOf('=') + 1));
            } else if (!words.isEmpty()) {
                options.put(name, words.pop());
            } else {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
        }
        return options;
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + text + "'", e);
        }
    }
}
