package org.ertstorage.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import org.ertstorage.adapter.persistence.jdbi.JdbiBlobStore;
import org.ertstorage.adapter.persistence.jdbi.JdbiTransactions;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.Transactions;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One database behind a connection pool: its transactions for the use cases, its schema
 * migrator, and what a health check needs. Close it to release the connections.
 */
public final class JdbiPersistence implements AutoCloseable {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final HikariDataSource dataSource;
    private final Vendor vendor;
    private final String databaseProduct;
    private final Transactions transactions;
    private final BlobStore blobStore;

    private JdbiPersistence(HikariDataSource dataSource, Vendor vendor, String databaseProduct,
            Consumer<String> statementListener) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.databaseProduct = databaseProduct;
        var jdbi = Jdbi.create(dataSource);
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statementListener.accept(context.getRenderedSql());
            }
        });
        this.transactions = new JdbiTransactions(jdbi, statementListener);
        this.blobStore = vendor == Vendor.POSTGRESQL ? JdbiBlobStore.copyingToPostgres(jdbi) : JdbiBlobStore.inserting(jdbi);
    }

    /**
     * Opens the pool and checks that the database answers.
     *
     * @throws IllegalStateException when the database cannot be reached
     */
    public static JdbiPersistence open(DatabaseSettings settings) {
        return open(settings, null, sql -> { });
    }

    /**
     * Opens the pool, reporting its metrics, and checks that the database answers.
     *
     * @param meterRegistry a Micrometer {@code MeterRegistry}, handed to HikariCP as it takes it (an
     *     {@code Object}), so this adapter needs no metrics library; null for none
     * @param statementListener told the SQL of every statement run (tests count them)
     * @throws IllegalStateException when the database cannot be reached
     */
    public static JdbiPersistence open(DatabaseSettings settings, Object meterRegistry,
            Consumer<String> statementListener) {
        var config = new HikariConfig();
        if (meterRegistry != null) {
            config.setMetricRegistry(meterRegistry);
        }
        config.setPoolName("ert-storage");
        config.setJdbcUrl(jdbcUrl(settings));
        if (settings.user() != null && !settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null && !settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maxPoolSize());
        // A request waits at most this long for a connection, then answers 503 with Retry-After
        // (HikariCP's default of 30 s would hold clients while the database is down).
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Duration.ofSeconds(VALIDATION_TIMEOUT_SECONDS).toMillis());
        // Every unit of work reads committed data; read-modify-writes lock their rows (SELECT … FOR UPDATE).
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
        try (var connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            return new JdbiPersistence(dataSource, settings.vendor(),
                    metaData.getDatabaseProductName() + " " + firstWord(metaData.getDatabaseProductVersion()), statementListener);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("Cannot read the database's product and version: " + e.getMessage(), e);
        }
    }

    /**
     * H2 closes its databases in a JVM shutdown hook of its own, which would pull the database from
     * under requests that a graceful shutdown lets finish; closing the pool closes it instead.
     */
    private static String jdbcUrl(DatabaseSettings settings) {
        var url = settings.jdbcUrl();
        if (settings.vendor() == Vendor.H2 && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return url;
    }

    /** Drivers add build details after a space ("2.3.232 (2024-08-11)"); the version comes first. */
    private static String firstWord(String version) {
        int space = version.indexOf(' ');
        return space < 0 ? version : version.substring(0, space);
    }

    /** Units of work on this database, each one transaction. */
    public Transactions transactions() {
        return transactions;
    }

    /** Blobs kept in this database, for when no other blob store is configured. */
    public BlobStore blobStore() {
        return blobStore;
    }

    public SchemaMigrator migrator() {
        return new SchemaMigrator(dataSource, vendor);
    }

    /** Whether a pooled connection answers now; cheap enough for every health check. */
    public boolean isReachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** The database's product name and version, e.g. {@code H2 2.3.232} or {@code PostgreSQL 15.19}. */
    public String databaseProduct() {
        return databaseProduct;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
