package org.ertstorage.application.port.out;

/**
 * The store a repository contract runs against. It may hold data of earlier tests, so contracts
 * only look at what they stored themselves.
 */
public interface ContractStore {

    Transactions transactions();

    /** A fresh in-memory store. */
    static ContractStore inMemory() {
        var transactions = new InMemoryTransactions();
        return () -> transactions;
    }
}
