package org.ertstorage.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.records.MisfitService;
import org.ertstorage.application.service.records.RecordReadService;
import org.ertstorage.application.service.transfer.TransferService;
import org.ertstorage.batch.storage.Environment;
import org.ertstorage.batch.storage.Storage;
import org.ertstorage.batch.storage.StorageSettings;

/**
 * The batch commands of {@code ert-storage}: {@code export}, {@code import} and {@code misfits},
 * run on the use cases against the configured database, with no HTTP server. Settings come from
 * the environment, as for {@code serve}.
 */
public final class Main {

    static final String USAGE = """
            Usage: ert-storage <command>
              export --experiment ID --to DIR     write an experiment to a directory (JSON, Parquet, files, manifest)
              import DIR                          load an exported directory into the database, once
              misfits --ensemble ID --response NAME [--realization N] [--summary]
                                                  misfits of a response against its observation, CSV on stdout
            Settings come from the environment; see README.md (ERT_STORAGE_DATABASE_URL, ...).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        // Library logs (Flyway, HikariCP) go to stderr, and only when something is wrong.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    /**
     * Runs one command; stdout carries its output (CSV, ids), stderr progress and errors.
     *
     * @return 0 on success, 1 when the work failed, 2 for a command line that cannot run
     */
    public static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        try {
            var command = args.isEmpty() ? "--help" : args.getFirst();
            var words = args.subList(Math.min(1, args.size()), args.size());
            switch (command) {
                case "misfits" -> {
                    var arguments = new Arguments(words, MisfitsCommand.OPTIONS, MisfitsCommand.FLAGS).withoutPositionals();
                    try (var storage = open(environment)) {
                        new MisfitsCommand(new EnsembleService(storage.transactions()),
                                new MisfitService(storage.transactions())).run(arguments, out);
                    }
                }
                case "export" -> {
                    var arguments = new Arguments(words, ExportCommand.OPTIONS, Set.of()).withoutPositionals();
                    try (var storage = open(environment)) {
                        var transfer = new TransferService(storage.transactions(), storage.blobs());
                        new ExportCommand(transfer, transfer, new RecordReadService(storage.transactions(), storage.blobs()))
                                .run(arguments, out, err);
                    }
                }
                case "import" -> {
                    var arguments = new Arguments(words, Set.of(), Set.of());
                    try (var storage = open(environment)) {
                        new ImportCommand(new TransferService(storage.transactions(), storage.blobs())).run(arguments, out, err);
                    }
                }
                case "-h", "--help", "help" -> out.print(USAGE);
                default -> throw new UsageError("unknown command '" + command + "'");
            }
            return 0;
        } catch (UsageError e) {
            err.println("ert-storage: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (UncheckedIOException e) {
            err.println("ert-storage: " + message(e.getCause()));
            return 1;
        } catch (IOException | RuntimeException e) {
            // Not found, a broken rule, an unreachable database, a bad directory: said in one line.
            err.println("ert-storage: " + message(e));
            return 1;
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /** The configured storage with its schema prepared as {@code serve} prepares it. */
    private static Storage open(Map<String, String> environment) {
        var storage = Storage.connect(StorageSettings.from(new Environment(environment)), null, sql -> { });
        try {
            storage.prepareSchema();
            return storage;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }
}
