package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The server's command line knows the batch commands: it lists them and hands them to the batch module. */
class MainBatchCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void givenHelp_run_listsTheBatchCommands() {
        assertEquals(0, Main.run(List.of("--help"), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8)));
        var usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("export --experiment ID --to DIR") && usage.contains("import DIR")
                && usage.contains("misfits --ensemble ID --response NAME"), usage);
    }

    @Test
    void givenMisfitsOfUnknownEnsemble_run_answersTheBatchCommandsFailure() {
        var environment = Map.of("ERT_STORAGE_DATABASE_URL", "jdbc:h2:mem:main-batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        int status = Main.run(List.of("misfits", "--ensemble", UUID.randomUUID().toString(), "--response", "FOPR"),
                environment, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(1, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
