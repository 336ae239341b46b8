package org.ertstorage.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path directory;

    @Test
    void givenNoConfiguration_from_usesInMemoryH2DefaultTokenAndMigrates() {
        var settings = Settings.from(Map.of());
        assertTrue(settings.database().isInMemory());
        assertEquals(Optional.of("hunter2"), settings.token());
        assertTrue(settings.usesDefaultToken());
        assertTrue(settings.migrateOnStart());
        assertEquals(Optional.empty(), settings.azure());
    }

    @Test
    void givenAzureConnectionString_from_usesAzureWithTheDefaultContainer() {
        var settings = Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING", "AccountName=a;AccountKey=k"));
        assertEquals(Optional.of(new Settings.AzureBlobs("AccountName=a;AccountKey=k", "ert")), settings.azure());
        assertFalse(settings.azure().orElseThrow().toString().contains("AccountKey"), "the secret stays out of logs");
    }

    @Test
    void givenAzureConnectionStringFileAndContainer_from_readsTheFileAndUsesTheContainer() throws IOException {
        var file = Files.writeString(directory.resolve("azure"), "AccountName=b;AccountKey=s\n");
        var settings = Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING_FILE", file.toString(),
                "ERT_STORAGE_AZURE_BLOB_CONTAINER", "blobs"));
        assertEquals(Optional.of(new Settings.AzureBlobs("AccountName=b;AccountKey=s", "blobs")), settings.azure());
    }

    @Test
    void givenEmptyAzureConnectionString_from_keepsBlobsInTheDatabase() {
        assertEquals(Optional.empty(), Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING", "")).azure());
    }

    @Test
    void givenSqlAlchemyPostgresUrl_from_translatesToJdbcWithCredentials() {
        var settings = Settings.from(Map.of("ERT_STORAGE_DATABASE_URL", "postgresql://my-usr:p%40ss@db.example:5433/ert_store"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db.example:5433/ert_store", "my-usr", "p@ss"), settings.database());
    }

    @Test
    void givenDriverSuffixAndNoPort_from_translatesToJdbc() {
        var url = DatabaseUrl.parse("postgresql+psycopg2://u@localhost/ert?sslmode=disable");
        assertEquals(new DatabaseUrl("jdbc:postgresql://localhost/ert?sslmode=disable", "u", ""), url);
    }

    @Test
    void givenJdbcUrl_from_keepsItAsIs() {
        assertEquals("jdbc:h2:file:/tmp/ert", DatabaseUrl.parse("jdbc:h2:file:/tmp/ert").jdbcUrl());
    }

    @Test
    void givenSqliteUrl_from_refusesWithAnExplanation() {
        var e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("sqlite:///ert.db"));
        assertTrue(e.getMessage().contains("SQLite"), e.getMessage());
        assertTrue(e.getMessage().contains("jdbc:h2:file:"), e.getMessage());
    }

    @Test
    void givenUnknownScheme_from_refusesWithoutEchoingThePassword() {
        var e = assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://u:secret@h/db"));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void givenPassword_describe_masksIt() {
        assertFalse(DatabaseUrl.parse("jdbc:postgresql://h/db?user=u&password=secret").describe().contains("secret"));
    }

    @Test
    void givenNoTokenSetToZero_from_turnsTheCheckOff() {
        assertEquals(Optional.empty(), Settings.from(Map.of("ERT_STORAGE_NO_TOKEN", "0")).token());
    }

    @Test
    void givenEmptyNoToken_from_keepsTheCheck() {
        assertEquals(Optional.of("s3cret"),
                Settings.from(Map.of("ERT_STORAGE_NO_TOKEN", "", "ERT_STORAGE_TOKEN", "s3cret")).token());
    }

    @Test
    void givenTokenAndTokenFile_from_prefersTheFileWithoutItsNewline() throws IOException {
        var file = Files.writeString(directory.resolve("token"), "from-file\n");
        var settings = Settings.from(Map.of("ERT_STORAGE_TOKEN", "from-env", "ERT_STORAGE_TOKEN_FILE", file.toString()));
        assertEquals(Optional.of("from-file"), settings.token());
    }

    @Test
    void givenDatabaseUrlFile_from_readsTheUrlFromIt() throws IOException {
        var file = Files.writeString(directory.resolve("url"), "postgresql://u:p@h/db\n");
        assertEquals("jdbc:postgresql://h/db",
                Settings.from(Map.of("ERT_STORAGE_DATABASE_URL_FILE", file.toString())).database().jdbcUrl());
    }

    @Test
    void givenUnreadableSecretFile_from_namesTheVariable() {
        var e = assertThrows(RuntimeException.class,
                () -> Settings.from(Map.of("ERT_STORAGE_TOKEN_FILE", directory.resolve("missing").toString())));
        assertTrue(e.getMessage().contains("ERT_STORAGE_TOKEN_FILE"), e.getMessage());
    }

    @Test
    void givenMigrateFalse_from_turnsMigrationOff() {
        assertFalse(Settings.from(Map.of("ERT_STORAGE_MIGRATE", "false")).migrateOnStart());
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ERT_STORAGE_MIGRATE", "maybe")));
    }

    @Test
    void givenSeparateCredentials_from_overridesThoseOfTheUrl() {
        var settings = Settings.from(Map.of("ERT_STORAGE_DATABASE_URL", "postgresql://u:p@h/db",
                "ERT_STORAGE_DATABASE_PASSWORD", "other"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://h/db", "u", "other"), settings.database());
    }
}
