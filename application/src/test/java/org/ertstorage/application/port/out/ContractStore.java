package org.ertstorage.application.port.out;

import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;

/**
 * The store a repository contract runs against. It may hold data of earlier tests, so contracts
 * only look at what they stored themselves.
 */
public interface ContractStore {

    Transactions transactions();

    /** Adds an ensemble-wide record to the ensemble; no outgoing port creates records yet. */
    void addRecord(EnsembleId ensemble, RecordId record);

    /** A fresh in-memory store. */
    static ContractStore inMemory() {
        var transactions = new InMemoryTransactions();
        return new ContractStore() {
            @Override
            public Transactions transactions() {
                return transactions;
            }

            @Override
            public void addRecord(EnsembleId ensemble, RecordId record) {
                transactions.addRecord(ensemble, record);
            }
        };
    }
}
