package org.ertstorage.adapter.http;

import java.util.Objects;
import org.ertstorage.application.port.in.browse.BrowseEnsemblesUseCase;
import org.ertstorage.application.port.in.browse.BrowseExperimentsUseCase;
import org.ertstorage.application.port.in.browse.BrowseRecordsUseCase;
import org.ertstorage.application.port.in.browse.BrowseTimestampsUseCase;
import org.ertstorage.application.port.in.browse.BrowseUpdatesUseCase;
import org.ertstorage.application.port.in.ensemble.CompleteEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.CreateEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.GetEnsembleUseCase;
import org.ertstorage.application.port.in.ensemble.ListEnsemblesUseCase;
import org.ertstorage.application.port.in.experiment.CreateExperimentUseCase;
import org.ertstorage.application.port.in.experiment.DeleteExperimentUseCase;
import org.ertstorage.application.port.in.experiment.GetExperimentUseCase;
import org.ertstorage.application.port.in.experiment.ListExperimentsUseCase;
import org.ertstorage.application.port.in.observation.CreateObservationUseCase;
import org.ertstorage.application.port.in.observation.ListObservationsUseCase;
import org.ertstorage.application.port.in.record.ComputeMisfitsUseCase;
import org.ertstorage.application.port.in.record.FindRecordUseCase;
import org.ertstorage.application.port.in.record.ListRecordsUseCase;
import org.ertstorage.application.port.in.record.ReadRecordUseCase;
import org.ertstorage.application.port.in.record.RecordVersionUseCase;
import org.ertstorage.application.port.in.record.RecordObservationsUseCase;
import org.ertstorage.application.port.in.record.UploadBlobUseCase;
import org.ertstorage.application.port.in.record.UploadFileUseCase;
import org.ertstorage.application.port.in.record.UploadMatrixUseCase;
import org.ertstorage.application.port.in.record.UploadRealizationsUseCase;
import org.ertstorage.application.port.in.update.CreateUpdateUseCase;
import org.ertstorage.application.port.in.update.GetUpdateUseCase;
import org.ertstorage.application.port.in.userdata.GetUserdataUseCase;
import org.ertstorage.application.port.in.userdata.MergeUserdataUseCase;
import org.ertstorage.application.port.in.userdata.ReplaceUserdataUseCase;

/** Every incoming port the REST and GraphQL APIs call; the composition root fills it. */
public record HttpUseCases(
        CreateExperimentUseCase createExperiment,
        ListExperimentsUseCase listExperiments,
        GetExperimentUseCase getExperiment,
        DeleteExperimentUseCase deleteExperiment,
        CreateEnsembleUseCase createEnsemble,
        ListEnsemblesUseCase listEnsembles,
        GetEnsembleUseCase getEnsemble,
        CompleteEnsembleUseCase completeEnsemble,
        CreateObservationUseCase createObservation,
        ListObservationsUseCase listObservations,
        CreateUpdateUseCase createUpdate,
        GetUpdateUseCase getUpdate,
        GetUserdataUseCase getUserdata,
        ReplaceUserdataUseCase replaceUserdata,
        MergeUserdataUseCase mergeUserdata,
        UploadMatrixUseCase uploadMatrix,
        UploadRealizationsUseCase uploadRealizations,
        FindRecordUseCase findRecord,
        ListRecordsUseCase listRecords,
        RecordObservationsUseCase recordObservations,
        ReadRecordUseCase readRecord,
        RecordVersionUseCase recordVersion,
        ComputeMisfitsUseCase computeMisfits,
        UploadFileUseCase uploadFile,
        UploadBlobUseCase uploadBlob,
        BrowseExperimentsUseCase browseExperiments,
        BrowseEnsemblesUseCase browseEnsembles,
        BrowseRecordsUseCase browseRecords,
        BrowseUpdatesUseCase browseUpdates,
        BrowseTimestampsUseCase browseTimestamps) {

    public HttpUseCases {
        Objects.requireNonNull(createExperiment, "'createExperiment' must not be null");
        Objects.requireNonNull(listExperiments, "'listExperiments' must not be null");
        Objects.requireNonNull(getExperiment, "'getExperiment' must not be null");
        Objects.requireNonNull(deleteExperiment, "'deleteExperiment' must not be null");
        Objects.requireNonNull(createEnsemble, "'createEnsemble' must not be null");
        Objects.requireNonNull(listEnsembles, "'listEnsembles' must not be null");
        Objects.requireNonNull(getEnsemble, "'getEnsemble' must not be null");
        Objects.requireNonNull(completeEnsemble, "'completeEnsemble' must not be null");
        Objects.requireNonNull(createObservation, "'createObservation' must not be null");
        Objects.requireNonNull(listObservations, "'listObservations' must not be null");
        Objects.requireNonNull(createUpdate, "'createUpdate' must not be null");
        Objects.requireNonNull(getUpdate, "'getUpdate' must not be null");
        Objects.requireNonNull(getUserdata, "'getUserdata' must not be null");
        Objects.requireNonNull(replaceUserdata, "'replaceUserdata' must not be null");
        Objects.requireNonNull(mergeUserdata, "'mergeUserdata' must not be null");
        Objects.requireNonNull(uploadMatrix, "'uploadMatrix' must not be null");
        Objects.requireNonNull(uploadRealizations, "'uploadRealizations' must not be null");
        Objects.requireNonNull(findRecord, "'findRecord' must not be null");
        Objects.requireNonNull(listRecords, "'listRecords' must not be null");
        Objects.requireNonNull(recordObservations, "'recordObservations' must not be null");
        Objects.requireNonNull(readRecord, "'readRecord' must not be null");
        Objects.requireNonNull(recordVersion, "'recordVersion' must not be null");
        Objects.requireNonNull(computeMisfits, "'computeMisfits' must not be null");
        Objects.requireNonNull(uploadFile, "'uploadFile' must not be null");
        Objects.requireNonNull(uploadBlob, "'uploadBlob' must not be null");
        Objects.requireNonNull(browseExperiments, "'browseExperiments' must not be null");
        Objects.requireNonNull(browseEnsembles, "'browseEnsembles' must not be null");
        Objects.requireNonNull(browseRecords, "'browseRecords' must not be null");
        Objects.requireNonNull(browseUpdates, "'browseUpdates' must not be null");
        Objects.requireNonNull(browseTimestamps, "'browseTimestamps' must not be null");
    }
}
