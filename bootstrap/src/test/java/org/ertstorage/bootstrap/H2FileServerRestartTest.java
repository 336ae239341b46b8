package org.ertstorage.bootstrap;

import java.nio.file.Path;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.junit.jupiter.api.io.TempDir;

class H2FileServerRestartTest extends ServerRestartContract {

    @TempDir
    Path directory;

    @Override
    DatabaseSettings database() {
        return new DatabaseSettings("jdbc:h2:file:" + directory.resolve("ert").toAbsolutePath(), "", "", 4);
    }
}
