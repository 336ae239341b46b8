package org.ertstorage.bootstrap;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the server is configured with, read once at start from the environment. Secrets may
 * come from files ({@code *_FILE}). Adapters get plain values from here and never read the
 * environment themselves.
 *
 * @param token the API token clients must send, or empty when the check is off
 * @param azure where blobs go when not into the database
 */
record Settings(DatabaseUrl database, boolean migrateOnStart, int databasePoolSize, Optional<String> token,
        Optional<AzureBlobs> azure) {

    static final String DEFAULT_TOKEN = "hunter2";
    static final String DEFAULT_AZURE_CONTAINER = "ert";

    /** Azure Blob Storage for record blobs (API.md 11.1); the connection string is a secret. */
    record AzureBlobs(String connectionString, String container) {

        AzureBlobs {
            Objects.requireNonNull(connectionString, "'connectionString' must not be null");
            Objects.requireNonNull(container, "'container' must not be null");
        }

        @Override
        public String toString() {
            return "AzureBlobs[container=" + container + "]";
        }
    }

    Settings {
        Objects.requireNonNull(database, "'database' must not be null");
        Objects.requireNonNull(token, "'token' must not be null");
        Objects.requireNonNull(azure, "'azure' must not be null");
        if (databasePoolSize < 1) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_POOL_SIZE must be at least 1, got " + databasePoolSize);
        }
    }

    /** Settings that keep blobs in the database. */
    Settings(DatabaseUrl database, boolean migrateOnStart, int databasePoolSize, Optional<String> token) {
        this(database, migrateOnStart, databasePoolSize, token, Optional.empty());
    }

    static Settings fromEnvironment() {
        return from(System.getenv());
    }

    static Settings from(Map<String, String> variables) {
        var env = new Environment(variables);
        var database = env.nonEmpty("ERT_STORAGE_DATABASE_URL").map(DatabaseUrl::parse).orElse(DatabaseUrl.IN_MEMORY);
        var user = env.nonEmpty("ERT_STORAGE_DATABASE_USER");
        var password = env.nonEmpty("ERT_STORAGE_DATABASE_PASSWORD");
        if (user.isPresent() || password.isPresent()) {
            database = new DatabaseUrl(database.jdbcUrl(), user.orElse(database.user()), password.orElse(database.password()));
        }
        boolean migrate = env.nonEmpty("ERT_STORAGE_MIGRATE").map(Settings::parseBoolean).orElse(true);
        int poolSize = env.nonEmpty("ERT_STORAGE_DATABASE_POOL_SIZE").map(Settings::parseInt).orElse(16);
        // As in the original, any non-empty ERT_STORAGE_NO_TOKEN (even "0") turns the check off.
        var token = env.nonEmpty("ERT_STORAGE_NO_TOKEN").isPresent()
                ? Optional.<String>empty()
                : Optional.of(env.get("ERT_STORAGE_TOKEN").orElse(DEFAULT_TOKEN));
        var azure = env.nonEmpty("ERT_STORAGE_AZURE_CONNECTION_STRING").map(connection -> new AzureBlobs(connection,
                env.nonEmpty("ERT_STORAGE_AZURE_BLOB_CONTAINER").orElse(DEFAULT_AZURE_CONTAINER)));
        return new Settings(database, migrate, poolSize, token, azure);
    }

    private static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException("ERT_STORAGE_MIGRATE must be true or false, got '" + value + "'");
        };
    }

    private static int parseInt(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ERT_STORAGE_DATABASE_POOL_SIZE must be a whole number, got '" + value + "'", e);
        }
    }

    boolean usesDefaultToken() {
        return token.filter(DEFAULT_TOKEN::equals).isPresent();
    }
}
