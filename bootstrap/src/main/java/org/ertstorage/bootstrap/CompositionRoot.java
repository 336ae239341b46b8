package org.ertstorage.bootstrap;

import org.ertstorage.adapter.blob.AzureBlobStores;
import org.ertstorage.adapter.http.HttpServer;
import org.ertstorage.adapter.http.HttpSettings;
import org.ertstorage.adapter.http.HttpUseCases;
import org.ertstorage.adapter.persistence.DatabaseSettings;
import org.ertstorage.adapter.persistence.JdbiPersistence;
import org.ertstorage.adapter.persistence.SchemaMigrator;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.application.service.observation.ObservationService;
import org.ertstorage.application.service.records.BlobUploadService;
import org.ertstorage.application.service.records.MisfitService;
import org.ertstorage.application.service.records.RecordObservationService;
import org.ertstorage.application.service.records.RecordQueryService;
import org.ertstorage.application.service.records.RecordReadService;
import org.ertstorage.application.service.records.RecordUploadService;
import org.ertstorage.application.service.update.UpdateService;
import org.ertstorage.application.service.userdata.UserdataService;

/** Builds every adapter and service by hand, in dependency order; no container. */
final class CompositionRoot implements AutoCloseable {

    private final Settings settings;
    private final JdbiPersistence persistence;
    private final BlobStore blobs;

    private CompositionRoot(Settings settings, JdbiPersistence persistence, BlobStore blobs) {
        this.settings = settings;
        this.persistence = persistence;
        this.blobs = blobs;
    }

    /**
     * Connects to the database of the settings and to Azure Blob Storage when configured (creating
     * the container if missing); nothing else is started yet.
     */
    static CompositionRoot connect(Settings settings) {
        var database = settings.database();
        var persistence = JdbiPersistence.open(new DatabaseSettings(database.jdbcUrl(), database.user(),
                database.password(), settings.databasePoolSize()));
        try {
            var blobs = settings.azure()
                    .map(azure -> AzureBlobStores.connect(azure.connectionString(), azure.container()))
                    .orElseGet(persistence::blobStore);
            return new CompositionRoot(settings, persistence, blobs);
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
    }

    /** Where record blobs are kept, for the log. */
    String blobStoreDescription() {
        return settings.azure()
                .map(azure -> "Azure Blob Storage, container '" + azure.container() + "'")
                .orElse("the database");
    }

    SchemaMigrator migrator() {
        return persistence.migrator();
    }

    String databaseProduct() {
        return persistence.databaseProduct();
    }

    /** Wires the services to the database and serves them over HTTP. */
    HttpServer serve(String host, int port) {
        var transactions = persistence.transactions();
        var experiments = new ExperimentService(transactions, blobs);
        var blobUploads = new BlobUploadService(transactions, blobs);
        var ensembles = new EnsembleService(transactions);
        var observations = new ObservationService(transactions);
        var updates = new UpdateService(transactions);
        var userdata = new UserdataService(transactions);
        var recordQueries = new RecordQueryService(transactions);
        var useCases = new HttpUseCases(
                experiments, experiments, experiments, experiments,
                ensembles, ensembles, ensembles, ensembles,
                observations, observations,
                updates, updates,
                userdata, userdata, userdata,
                new RecordUploadService(transactions), recordQueries, recordQueries,
                new RecordObservationService(transactions), new RecordReadService(transactions, blobs),
                new MisfitService(transactions), blobUploads, blobUploads);
        return HttpServer.start(useCases, new HttpSettings(host, port, settings.token(), Version.current()));
    }

    @Override
    public void close() {
        persistence.close();
    }
}
