package org.ertstorage.adapter.persistence.jdbi;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.Transactions;
import org.jdbi.v3.core.Jdbi;

/**
 * Each unit of work is one JDBI transaction whose repositories share its handle; an exception
 * rolls it back and reaches the caller, translated by {@link DatabaseFailures} when the database
 * was unreachable or refused a value. The isolation level is the pool's.
 */
public final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final LabelsCache labels = new LabelsCache(LabelsCache.DEFAULT_CAPACITY);

    private final DirectStatements direct;

    /** @param statementListener told the SQL of the statements run past Jdbi, as Jdbi's logger is of the rest */
    public JdbiTransactions(Jdbi jdbi, Consumer<String> statementListener) {
        this.jdbi = Objects.requireNonNull(jdbi, "'jdbi' must not be null");
        this.direct = new DirectStatements(Objects.requireNonNull(statementListener, "'statementListener' must not be null"));
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        return DatabaseFailures.translated(() -> jdbi.inTransaction(handle -> work.apply(new JdbiRepositories(handle, labels, direct))));
    }

    /** On the pool's auto-commit connection: no BEGIN, no COMMIT. */
    @Override
    public <T> T reading(Function<Repositories, T> work) {
        return DatabaseFailures.translated(() -> jdbi.withHandle(handle -> work.apply(new JdbiRepositories(handle, labels, direct))));
    }
}
