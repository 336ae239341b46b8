package org.ertstorage.application.port.out;

import java.util.function.Function;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.RecordId;

/**
 * Transactions over in-memory repositories: one at a time, rolled back to a snapshot when the
 * work throws. The fake of every outgoing persistence port, for use-case and adapter tests.
 */
public final class InMemoryTransactions implements Transactions, Repositories {

    private final InMemoryData data = new InMemoryData();
    private final InMemoryExperimentRepository experiments = new InMemoryExperimentRepository(data);
    private final InMemoryEnsembleRepository ensembles = new InMemoryEnsembleRepository(data);
    private final InMemoryObservationRepository observations = new InMemoryObservationRepository(data);
    private final InMemoryUpdateRepository updates = new InMemoryUpdateRepository(data);
    private final InMemoryRecordRepository records = new InMemoryRecordRepository(data);
    private final InMemoryUserdataRepository userdata = new InMemoryUserdataRepository(data);
    private final InMemoryFileRepository files = new InMemoryFileRepository(data);

    @Override
    public synchronized <T> T inTransaction(Function<Repositories, T> work) {
        var snapshot = data.copy();
        try {
            return work.apply(this);
        } catch (RuntimeException | Error e) {
            data.restore(snapshot);
            throw e;
        }
    }

    @Override
    public ExperimentRepository experiments() {
        return experiments;
    }

    @Override
    public EnsembleRepository ensembles() {
        return ensembles;
    }

    @Override
    public ObservationRepository observations() {
        return observations;
    }

    @Override
    public UpdateRepository updates() {
        return updates;
    }

    @Override
    public RecordRepository records() {
        return records;
    }

    @Override
    public UserdataRepository userdata() {
        return userdata;
    }

    @Override
    public FileRepository files() {
        return files;
    }

    /** Adds a record to an ensemble, until records have a repository of their own to create them. */
    public synchronized void addRecord(EnsembleId ensemble, RecordId id) {
        data.records.put(id, new InMemoryData.StoredRecord(ensemble, Userdata.EMPTY));
    }
}
