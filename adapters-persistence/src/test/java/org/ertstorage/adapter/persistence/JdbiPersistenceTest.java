package org.ertstorage.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ertstorage.application.port.in.StorageUnavailableException;
import org.ertstorage.domain.experiment.Experiment;
import org.junit.jupiter.api.Test;

class JdbiPersistenceTest {

    @Test
    void givenH2_open_reportsProductAndVersion() {
        try (var persistence = JdbiPersistence.open(TestDatabases.h2())) {
            assertEquals("H2 2.3.232", persistence.databaseProduct());
        }
    }

    @Test
    void givenOpenDatabase_isReachable_untilClosed() {
        var persistence = JdbiPersistence.open(TestDatabases.h2());
        assertTrue(persistence.isReachable());

        persistence.close();

        assertFalse(persistence.isReachable());
    }

    @Test
    void givenNoDatabaseAtTheUrl_open_throwsIllegalState() {
        var settings = new DatabaseSettings("jdbc:h2:file:/nonexistent/dir/db;IFEXISTS=TRUE", "", "", 1);

        assertThrows(IllegalStateException.class, () -> JdbiPersistence.open(settings));
    }

    /**
     * Reading work runs on an auto-commit connection (no BEGIN/COMMIT round trips): what it would
     * write, which a reading use case never does, is not rolled back, unlike in a transaction.
     */
    @Test
    void givenReadingWork_transactions_runItWithoutATransaction() {
        try (var persistence = JdbiPersistence.open(TestDatabases.h2())) {
            persistence.migrator().migrate();
            var transactions = persistence.transactions();
            var rolledBack = Experiment.create("rolled back", Map.of());
            var kept = Experiment.create("kept", Map.of());
            assertThrows(IllegalStateException.class, () -> transactions.inTransaction(repositories -> {
                repositories.experiments().add(rolledBack);
                throw new IllegalStateException("fails after writing");
            }));
            assertThrows(IllegalStateException.class, () -> transactions.reading(repositories -> {
                repositories.experiments().add(kept);
                throw new IllegalStateException("fails after writing");
            }));

            assertTrue(transactions.reading(repositories -> repositories.experiments().find(rolledBack.id())).isEmpty());
            assertTrue(transactions.reading(repositories -> repositories.experiments().find(kept.id())).isPresent());
        }
    }

    @Test
    void givenPoolExhausted_unitOfWork_failsAsUnavailableAfterTheConnectionTimeout() throws Exception {
        var h2 = TestDatabases.h2();
        var settings = new DatabaseSettings(h2.jdbcUrl(), h2.user(), h2.password(), 1, Duration.ofMillis(300));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var persistence = JdbiPersistence.open(settings); var executor = Executors.newSingleThreadExecutor()) {
            var holder = executor.submit(() -> persistence.transactions().run(repositories -> {
                holding.countDown();
                await(release);
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            assertThrows(StorageUnavailableException.class,
                    () -> persistence.transactions().run(repositories -> { }));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertTrue(waitedMillis >= 250 && waitedMillis < 4_000, "waited " + waitedMillis + " ms for a connection");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
