package org.ertstorage.application.port.out;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in one database transaction: the repositories handed to the work are bound to it,
 * everything commits together or, when the work throws, nothing does.
 */
public interface Transactions {

    <T> T inTransaction(Function<Repositories, T> work);

    /**
     * Runs work that only reads. An adapter may run it outside a transaction, each statement
     * seeing what was committed when it began, which is all READ COMMITTED gives the statements of
     * one transaction too; it saves the commit's round trip on every read. Work that writes, locks
     * rows or keeps a database cursor open belongs in {@link #inTransaction}.
     */
    default <T> T reading(Function<Repositories, T> work) {
        return inTransaction(work);
    }

    default void run(Consumer<Repositories> work) {
        inTransaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}
