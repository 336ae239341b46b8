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
import org.ertstorage.adapter.http.UnknownQueryParameters;
import org.ertstorage.batch.storage.AzureBlobs;
import org.ertstorage.batch.storage.DatabaseUrl;

class SettingsTest {

    @TempDir
    Path directory;

    @Test
    void givenNoConfiguration_from_usesInMemoryH2DefaultTokenAndMigrates() {
        var settings = Settings.from(Map.of());
        assertTrue(settings.storage().database().isInMemory());
        assertEquals(Optional.of("hunter2"), settings.token());
        assertTrue(settings.usesDefaultToken());
        assertTrue(settings.storage().migrateOnStart());
        assertEquals(Optional.empty(), settings.storage().azure());
    }

    @Test
    void givenAzureConnectionString_from_usesAzureWithTheDefaultContainer() {
        var settings = Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING", "AccountName=a;AccountKey=k"));
        assertEquals(Optional.of(new AzureBlobs("AccountName=a;AccountKey=k", "ert")), settings.storage().azure());
        assertFalse(settings.storage().azure().orElseThrow().toString().contains("AccountKey"), "the secret stays out of logs");
    }

    @Test
    void givenAzureConnectionStringFileAndContainer_from_readsTheFileAndUsesTheContainer() throws IOException {
        var file = Files.writeString(directory.resolve("azure"), "AccountName=b;AccountKey=s\n");
        var settings = Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING_FILE", file.toString(),
                "ERT_STORAGE_AZURE_BLOB_CONTAINER", "blobs"));
        assertEquals(Optional.of(new AzureBlobs("AccountName=b;AccountKey=s", "blobs")), settings.storage().azure());
    }

    @Test
    void givenEmptyAzureConnectionString_from_keepsBlobsInTheDatabase() {
        assertEquals(Optional.empty(), Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING", "")).storage().azure());
    }

    @Test
    void givenSqlAlchemyPostgresUrl_from_translatesToJdbcWithCredentials() {
        var settings = Settings.from(Map.of("ERT_STORAGE_DATABASE_URL", "postgresql://my-usr:p%40ss@db.example:5433/ert_store"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://db.example:5433/ert_store", "my-usr", "p@ss"), settings.storage().database());
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
                Settings.from(Map.of("ERT_STORAGE_DATABASE_URL_FILE", file.toString())).storage().database().jdbcUrl());
    }

    @Test
    void givenUnreadableSecretFile_from_namesTheVariable() {
        var e = assertThrows(RuntimeException.class,
                () -> Settings.from(Map.of("ERT_STORAGE_TOKEN_FILE", directory.resolve("missing").toString())));
        assertTrue(e.getMessage().contains("ERT_STORAGE_TOKEN_FILE"), e.getMessage());
    }

    @Test
    void givenMigrateFalse_from_turnsMigrationOff() {
        assertFalse(Settings.from(Map.of("ERT_STORAGE_MIGRATE", "false")).storage().migrateOnStart());
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ERT_STORAGE_MIGRATE", "maybe")));
    }

    @Test
    void givenSeparateCredentials_from_overridesThoseOfTheUrl() {
        var settings = Settings.from(Map.of("ERT_STORAGE_DATABASE_URL", "postgresql://u:p@h/db",
                "ERT_STORAGE_DATABASE_PASSWORD", "other"));
        assertEquals(new DatabaseUrl("jdbc:postgresql://h/db", "u", "other"), settings.storage().database());
    }

    @Test
    void givenNoLimit_from_usesTheHttpDefault() {
        assertEquals(256L * 1024 * 1024, Settings.from(Map.of()).maxRequestBytes());
    }

    @Test
    void givenMaxRequestBytes_from_takesIt() {
        assertEquals(5_000_000_000L, Settings.from(Map.of("ERT_STORAGE_MAX_REQUEST_BYTES", " 5000000000 ")).maxRequestBytes());
    }

    @Test
    void givenNonNumericOrZeroLimit_from_refusesNamingTheVariable() {
        for (String bad : new String[] {"lots", "0", "-1", "1.5"}) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> Settings.from(Map.of("ERT_STORAGE_MAX_REQUEST_BYTES", bad)), bad);
            assertTrue(e.getMessage().contains("ERT_STORAGE_MAX_REQUEST_BYTES"), e.getMessage());
        }
    }

    @Test
    void givenSmallLimit_server_answersTooLargeBeyondIt() {
        try (var server = EmbeddedServer.start(Map.of("ERT_STORAGE_MAX_REQUEST_BYTES", "64", "ERT_STORAGE_NO_TOKEN", "1"),
                "127.0.0.1", 0)) {
            var api = new org.ertstorage.adapter.http.api.ApiClient(server.baseUri(), null);
            var response = api.post("/experiments", "{\"name\":\"" + "x".repeat(64) + "\"}");
            assertEquals(413, response.status(), response.body());
            assertEquals(200, api.post("/experiments", "{\"name\":\"small\"}").status());
        }
    }

    @Test
    void givenSecretsInEveryPlace_describe_masksEachButShowsTheRest() throws IOException {
        var tokenFile = Files.writeString(directory.resolve("token"), "s3cr3t-token\n");
        var settings = Settings.from(Map.of(
                "ERT_STORAGE_DATABASE_URL", "postgresql://ert:url-pa55@db:5432/ert?password=query-pa55",
                "ERT_STORAGE_DATABASE_PASSWORD", "env-pa55",
                "ERT_STORAGE_TOKEN_FILE", tokenFile.toString(),
                "ERT_STORAGE_MAX_REQUEST_BYTES", "1000",
                "ERT_STORAGE_DATABASE_POOL_SIZE", "3"));
        var text = settings.describe();
        for (String secret : new String[] {"url-pa55", "query-pa55", "env-pa55", "s3cr3t"}) {
            assertFalse(text.contains(secret), secret + " shows in: " + text);
        }
        assertEquals("database=jdbc:postgresql://db:5432/ert?password=*** as ert password=*** migrate_on_start=true"
                + " database_pool_size=3 database_connection_timeout_seconds=5 token=*** max_request_bytes=1000 shutdown_timeout_seconds=30"
                + " unknown_query_parameters=refuse blobs=database",
                text);
    }

    @Test
    void givenAzureBlobs_describe_namesTheContainerAndMasksTheConnectionString() {
        var text = Settings.from(Map.of("ERT_STORAGE_AZURE_CONNECTION_STRING", "AccountKey=az-s3cr3t",
                "ERT_STORAGE_AZURE_BLOB_CONTAINER", "runs")).describe();
        assertFalse(text.contains("az-s3cr3t"), text);
        assertTrue(text.endsWith(" blobs=azure container=runs connection_string=***"), text);
    }

    @Test
    void givenDefaultOrNoToken_describe_saysWhichWithoutAValue() {
        assertTrue(Settings.from(Map.of()).describe().contains(" token=default "));
        assertTrue(Settings.from(Map.of("ERT_STORAGE_NO_TOKEN", "1")).describe().contains(" token=off "));
        assertFalse(Settings.from(Map.of()).describe().contains("hunter2"));
    }

    @Test
    void givenDatabaseConnectionTimeout_from_takesSecondsAndRefusesZero() {
        assertEquals(java.time.Duration.ofSeconds(5), Settings.from(Map.of()).storage().databaseConnectionTimeout());
        assertEquals(java.time.Duration.ofSeconds(12), Settings.from(Map.of(
                "ERT_STORAGE_DATABASE_CONNECTION_TIMEOUT_SECONDS", "12")).storage().databaseConnectionTimeout());
        var error = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Map.of("ERT_STORAGE_DATABASE_CONNECTION_TIMEOUT_SECONDS", "0")));
        assertTrue(error.getMessage().contains("ERT_STORAGE_DATABASE_CONNECTION_TIMEOUT_SECONDS"), error.getMessage());
    }

    @Test
    void givenShutdownTimeout_from_takesSecondsAndRefusesNegatives() {
        assertEquals(java.time.Duration.ofSeconds(5),
                Settings.from(Map.of("ERT_STORAGE_SHUTDOWN_TIMEOUT_SECONDS", "5")).shutdownTimeout());
        assertEquals(java.time.Duration.ofSeconds(30), Settings.from(Map.of()).shutdownTimeout());
        assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Map.of("ERT_STORAGE_SHUTDOWN_TIMEOUT_SECONDS", "soon")));
    }

    @Test
    void givenOidcIssuer_from_readsIssuerAndAudienceAndRefusesANonUrl() {
        var settings = Settings.from(Map.of("ERT_STORAGE_OIDC_ISSUER", "https://login.example.org/realm",
                "ERT_STORAGE_OIDC_AUDIENCE", "ert"));
        assertEquals("https://login.example.org/realm", settings.oidc().orElseThrow().issuer().toString());
        assertEquals("ert", settings.oidc().orElseThrow().audience().orElseThrow());
        assertTrue(Settings.from(Map.of()).oidc().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of("ERT_STORAGE_OIDC_ISSUER", "login")));
    }

    @Test
    void givenUnknownQueryParameters_from_readsRefuseOrIgnoreFromTheVariableOrItsFile() throws IOException {
        assertEquals(UnknownQueryParameters.REFUSE, Settings.from(Map.of()).unknownQueryParameters());
        assertEquals(UnknownQueryParameters.IGNORE,
                Settings.from(Map.of("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS", "Ignore")).unknownQueryParameters());
        var file = Files.writeString(directory.resolve("unknown"), "refuse\n");
        assertEquals(UnknownQueryParameters.REFUSE, Settings.from(Map.of("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS", "ignore",
                "ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS_FILE", file.toString())).unknownQueryParameters());
        var refused = assertThrows(IllegalArgumentException.class,
                () -> Settings.from(Map.of("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS", "warn")));
        assertEquals("ERT_STORAGE_UNKNOWN_QUERY_PARAMETERS must be refuse or ignore, got 'warn'", refused.getMessage());
    }
}
