package org.ertstorage.application.port.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every import ledger must do. */
public abstract class ImportLedgerContract extends RepositoryContract {

    protected ImportLedgerContract(ContractStore store) {
        super(store);
    }

    private static String key() {
        return UUID.randomUUID().toString().replace("-", "") + "00000000";
    }

    @Test
    void givenAddedKey_find_answersItsExperiment() {
        var experiment = storedExperiment();
        var key = key();
        run(repositories -> repositories.imports().add(key, experiment.id()));
        assertEquals(Optional.of(experiment.id()), inTransaction(repositories -> repositories.imports().find(key)));
    }

    @Test
    void givenUnknownKey_find_answersEmpty() {
        assertEquals(Optional.empty(), inTransaction(repositories -> repositories.imports().find(key())));
    }

    @Test
    void givenKeyAddedTwice_add_failsAndKeepsTheFirst() {
        var first = storedExperiment();
        var second = storedExperiment();
        var key = key();
        run(repositories -> repositories.imports().add(key, first.id()));
        assertThrows(RuntimeException.class, () -> run(repositories -> repositories.imports().add(key, second.id())));
        assertEquals(Optional.of(first.id()), inTransaction(repositories -> repositories.imports().find(key)));
    }

    @Test
    void givenDeletedExperiment_find_forgetsItsKey() {
        var experiment = storedExperiment();
        var key = key();
        run(repositories -> repositories.imports().add(key, experiment.id()));
        run(repositories -> repositories.experiments().delete(experiment.id()));
        assertEquals(Optional.empty(), inTransaction(repositories -> repositories.imports().find(key)));
    }

    @Test
    void givenFailedTransaction_add_leavesNoKey() {
        var experiment = storedExperiment();
        var key = key();
        runAndFail(repositories -> repositories.imports().add(key, experiment.id()));
        assertEquals(Optional.empty(), inTransaction(repositories -> repositories.imports().find(key)));
    }
}
