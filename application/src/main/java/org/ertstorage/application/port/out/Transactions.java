package org.ertstorage.application.port.out;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in one database transaction: the repositories handed to the work are bound to it,
 * everything commits together or, when the work throws, nothing does.
 */
public interface Transactions {

    <T> T inTransaction(Function<Repositories, T> work);

    default void run(Consumer<Repositories> work) {
        inTransaction(repositories -> {
            work.accept(repositories);
            return null;
        });
    }
}
