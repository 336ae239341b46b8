package org.ertstorage.adapter.persistence;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database schema to the version this build ships, with Flyway. Scripts live in
 * {@code db/migration/common} and in the folder of the database vendor.
 */
public final class SchemaMigrator {

    private final Flyway flyway;

    SchemaMigrator(DataSource dataSource, Vendor vendor) {
        // The module's own class loader: on the module path the context class loader may not see our scripts.
        this.flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor.migrationFolder())
                // Without it a misnamed script would be skipped silently.
                .validateMigrationNaming(true)
                .load();
    }

    /**
     * Applies the pending migrations.
     *
     * @return how many were applied; 0 when the schema was up to date
     * @throws IllegalStateException when a migration fails or the applied ones do not match the scripts
     */
    public int migrate() {
        return flyway(() -> flyway.migrate().migrationsExecuted);
    }

    /** Every known migration, applied or pending, oldest first. */
    public List<Migration> info() {
        return flyway(() -> Arrays.stream(flyway.info().all()).map(SchemaMigrator::migration).toList());
    }

    /**
     * Checks that the applied migrations are exactly the packaged scripts, none missing, changed or pending.
     *
     * @throws IllegalStateException naming each difference
     */
    public void validate() {
        var result = flyway(flyway::validateWithResult);
        if (!result.validationSuccessful) {
            throw new IllegalStateException("The database schema does not match the packaged migrations: "
                    + result.getAllErrorMessages());
        }
    }

    private static Migration migration(MigrationInfo info) {
        return new Migration(info.getVersion() == null ? "" : info.getVersion().getVersion(), info.getDescription(),
                info.getState().getDisplayName(), Optional.ofNullable(info.getInstalledOn()).map(Date::toInstant));
    }

    /** Keeps Flyway's exception type inside the adapter. */
    private static <T> T flyway(Supplier<T> action) {
        try {
            return action.get();
        } catch (FlywayException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
