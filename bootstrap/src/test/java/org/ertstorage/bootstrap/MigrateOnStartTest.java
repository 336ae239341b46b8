package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ertstorage.batch.storage.DatabaseUrl;
import org.ertstorage.batch.storage.StorageSettings;

/** ERT_STORAGE_MIGRATE=false: the operator migrates with {@code db migrate}; the server only checks. */
class MigrateOnStartTest {

    @TempDir
    Path directory;

    private DatabaseUrl fileDatabase() {
        return DatabaseUrl.parse("jdbc:h2:file:" + directory.resolve("ert").toAbsolutePath());
    }

    @Test
    void givenUnmigratedDatabaseAndMigrateOff_serve_refusesToStartAndSaysHowToMigrate() {
        var settings = new Settings(new StorageSettings(fileDatabase(), false, 2, Optional.empty()), Optional.empty());
        var error = assertThrows(IllegalStateException.class, () -> Main.serve(settings, "127.0.0.1", 0));
        assertTrue(error.getMessage().contains("./ert-storage db migrate"), error.getMessage());
    }

    @Test
    void givenDatabaseMigratedByDbMigrate_serveWithMigrateOff_starts() {
        var environment = Map.of("ERT_STORAGE_DATABASE_URL", fileDatabase().jdbcUrl(), "ERT_STORAGE_MIGRATE", "false");
        var out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(List.of("db", "migrate"), environment, new PrintStream(out, true, StandardCharsets.UTF_8)));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Applied "), out.toString(StandardCharsets.UTF_8));

        try (var server = Main.serve(Settings.from(environment), "127.0.0.1", 0)) {
            assertTrue(server.port() > 0);
        }
    }
}
