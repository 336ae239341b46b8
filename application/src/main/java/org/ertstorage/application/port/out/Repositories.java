package org.ertstorage.application.port.out;

/** The repositories of one transaction. */
public interface Repositories {

    ExperimentRepository experiments();

    EnsembleRepository ensembles();

    ObservationRepository observations();

    UpdateRepository updates();

    RecordRepository records();

    FileRepository files();

    UserdataRepository userdata();

    TimestampRepository timestamps();

    ImportLedger imports();
}
