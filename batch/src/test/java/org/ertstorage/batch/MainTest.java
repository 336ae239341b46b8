package org.ertstorage.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return Main.run(List.of(args), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenHelp_run_listsEveryCommandOnStdout() {
        assertEquals(0, run(Map.of(), "--help"));
        var usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("export --experiment ID --to DIR") && usage.contains("import DIR")
                && usage.contains("misfits --ensemble ID --response NAME"), usage);
    }

    @Test
    void givenUnknownCommand_run_exitsTwoWithUsage() {
        assertEquals(2, run(Map.of(), "serve"));
        assertTrue(err().contains("unknown command 'serve'") && err().contains("Usage:"), err());
    }

    @Test
    void givenMisfitsWithoutResponse_run_exitsTwoNamingTheOption() {
        assertEquals(2, run(Map.of(), "misfits", "--ensemble", UUID.randomUUID().toString()));
        assertTrue(err().contains("option --response is required"), err());
    }

    @Test
    void givenMalformedEnsembleId_run_exitsTwoNamingIt() {
        assertEquals(2, run(Map.of(), "misfits", "--ensemble", "nope", "--response", "r"));
        assertTrue(err().contains("--ensemble must be a UUID, got 'nope'"), err());
    }

    @Test
    void givenUnknownEnsemble_misfits_exitsOneSayingItIsNotFound() {
        var id = UUID.randomUUID();
        assertEquals(1, run(H2, "misfits", "--ensemble", id.toString(), "--response", "r"));
        assertEquals("ert-storage: Ensemble '" + id + "' not found\n", err());
    }

    private static final Map<String, String> H2 = Map.of("ERT_STORAGE_DATABASE_URL", "jdbc:h2:mem:batch-main-test;DB_CLOSE_DELAY=-1");

    @TempDir
    Path directory;

    @Test
    void givenUnknownExperiment_export_exitsOneSayingItIsNotFoundAndWritesNothing() throws IOException {
        var id = UUID.randomUUID();
        var target = directory.resolve("out");
        assertEquals(1, run(H2, "export", "--experiment", id.toString(), "--to", target.toString()));
        assertEquals("ert-storage: Experiment '" + id + "' not found\n", err());
        assertFalse(Files.exists(target));
    }

    @Test
    void givenMissingDirectory_import_exitsOneNamingIt() {
        var missing = directory.resolve("missing");
        assertEquals(1, run(H2, "import", missing.toString()));
        assertEquals("ert-storage: '" + missing + "' is not a readable directory\n", err());
    }

    @Test
    void givenDirectoryWithoutManifest_import_exitsOneSayingItIsNoExport() {
        assertEquals(1, run(H2, "import", directory.toString()));
        assertEquals("ert-storage: '" + directory + "' is not an export: it has no manifest.json\n", err());
    }

    @Test
    void givenImportWithoutDirectory_run_exitsTwo() {
        assertEquals(2, run(H2, "import"));
        assertTrue(err().contains("expected one directory, got 0 arguments"), err());
    }

    @Test
    void givenUnreachableDatabase_misfits_exitsOneWithAMessage() {
        assertEquals(1, run(Map.of("ERT_STORAGE_DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none"),
                "misfits", "--ensemble", UUID.randomUUID().toString(), "--response", "r"));
        assertTrue(err().startsWith("ert-storage: ") && err().lines().count() == 1, err());
    }
}
