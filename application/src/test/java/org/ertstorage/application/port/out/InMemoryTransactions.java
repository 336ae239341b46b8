package org.ertstorage.application.port.out;

import java.util.Optional;
import java.util.function.Function;
import org.ertstorage.domain.Userdata;
import org.ertstorage.domain.ensemble.EnsembleId;
import org.ertstorage.domain.record.EnsembleRecord;
import org.ertstorage.domain.record.RecordClass;
import org.ertstorage.domain.record.RecordId;
import org.ertstorage.domain.record.RecordInfo;
import org.ertstorage.domain.record.RecordType;

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
    private final InMemoryTimestampRepository timestamps = new InMemoryTimestampRepository(data);
    private final InMemoryImportLedger imports = new InMemoryImportLedger(data);

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

    @Override
    public TimestampRepository timestamps() {
        return timestamps;
    }

    @Override
    public ImportLedger imports() {
        return imports;
    }

    /** Adds an ensemble-wide record under a name of its own, for tests that only need a record id. */
    public synchronized void addRecord(EnsembleId ensemble, RecordId id) {
        var info = records.claimInfo(new RecordInfo(ensemble, "record-" + id, RecordType.F64_MATRIX, RecordClass.OTHER,
                Optional.empty()));
        data.records.put(id, new EnsembleRecord(id, info, Optional.empty(), Userdata.EMPTY));
    }
}
