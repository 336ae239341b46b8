package org.ertstorage.adapter.persistence.jdbi;

import org.ertstorage.application.port.out.EnsembleRepository;
import org.ertstorage.application.port.out.ExperimentRepository;
import org.ertstorage.application.port.out.FileRepository;
import org.ertstorage.application.port.out.ImportLedger;
import org.ertstorage.application.port.out.ObservationRepository;
import org.ertstorage.application.port.out.RecordRepository;
import org.ertstorage.application.port.out.Repositories;
import org.ertstorage.application.port.out.TimestampRepository;
import org.ertstorage.application.port.out.UpdateRepository;
import org.ertstorage.application.port.out.UserdataRepository;
import org.jdbi.v3.core.Handle;

/** The repositories of one transaction, all on its handle. */
final class JdbiRepositories implements Repositories {

    private final ExperimentRepository experiments;
    private final EnsembleRepository ensembles;
    private final ObservationRepository observations;
    private final UpdateRepository updates;
    private final RecordRepository records;
    private final UserdataRepository userdata;
    private final FileRepository files;
    private final TimestampRepository timestamps;
    private final ImportLedger imports;

    JdbiRepositories(Handle handle, LabelsCache labels, DirectStatements direct) {
        experiments = new JdbiExperimentRepository(handle);
        ensembles = new JdbiEnsembleRepository(handle);
        observations = new JdbiObservationRepository(handle);
        updates = new JdbiUpdateRepository(handle);
        records = new JdbiRecordRepository(handle, labels, direct);
        userdata = new JdbiUserdataRepository(handle);
        files = new JdbiFileRepository(handle);
        timestamps = new JdbiTimestampRepository(handle);
        imports = new JdbiImportLedger(handle);
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
}
