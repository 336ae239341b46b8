package org.ertstorage.bootstrap;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.ertstorage.adapter.http.HttpMetrics;
import org.ertstorage.adapter.http.HttpServer;
import org.ertstorage.adapter.http.HttpSettings;
import org.ertstorage.adapter.http.HttpUseCases;
import org.ertstorage.adapter.http.ReadinessCheck;
import org.ertstorage.adapter.persistence.SchemaMigrator;
import org.ertstorage.application.service.browse.BrowseService;
import org.ertstorage.application.service.ensemble.EnsembleService;
import org.ertstorage.application.service.experiment.ExperimentService;
import org.ertstorage.application.service.observation.ObservationService;
import org.ertstorage.application.service.records.BlobUploadService;
import org.ertstorage.application.service.records.MisfitService;
import org.ertstorage.application.service.records.RecordObservationService;
import org.ertstorage.application.service.records.RecordQueryService;
import org.ertstorage.application.service.records.RecordReadService;
import org.ertstorage.application.service.records.RecordUploadService;
import org.ertstorage.application.service.records.RecordVersionService;
import org.ertstorage.application.service.update.UpdateService;
import org.ertstorage.application.service.userdata.UserdataService;
import org.ertstorage.batch.storage.Storage;

/** Builds every adapter and service by hand, in dependency order; no container. */
final class CompositionRoot implements AutoCloseable {

    private final Settings settings;
    private final PrometheusMeterRegistry metrics;
    private final Storage storage;
    private final JvmGcMetrics gcMetrics;

    private CompositionRoot(Settings settings, PrometheusMeterRegistry metrics, Storage storage, JvmGcMetrics gcMetrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.storage = storage;
        this.gcMetrics = gcMetrics;
    }

    /**
     * Connects to the database of the settings and to Azure Blob Storage when configured (creating
     * the container if missing); nothing else is started yet.
     */
    static CompositionRoot connect(Settings settings) {
        return connect(settings, sql -> { });
    }

    /** As {@link #connect(Settings)}, telling {@code statementListener} every SQL statement run (tests count them). */
    static CompositionRoot connect(Settings settings, Consumer<String> statementListener) {
        var metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(metrics);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        var gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(metrics);
        return new CompositionRoot(settings, metrics, Storage.connect(settings.storage(), metrics, statementListener),
                gcMetrics);
    }

    /** Where record blobs are kept, for the log. */
    String blobStoreDescription() {
        return storage.blobStoreDescription();
    }

    /** See {@link Storage#prepareSchema()}. */
    int prepareSchema() {
        return storage.prepareSchema();
    }

    boolean migratesOnStart() {
        return storage.migratesOnStart();
    }

    SchemaMigrator migrator() {
        return storage.migrator();
    }

    String databaseProduct() {
        return storage.databaseProduct();
    }

    /** Wires the services to the database and serves them over HTTP. */
    HttpServer serve(String host, int port) {
        var transactions = storage.transactions();
        var blobs = storage.blobs();
        var experiments = new ExperimentService(transactions, blobs);
        var blobUploads = new BlobUploadService(transactions, blobs);
        var ensembles = new EnsembleService(transactions);
        var observations = new ObservationService(transactions);
        var updates = new UpdateService(transactions);
        var userdata = new UserdataService(transactions);
        var recordQueries = new RecordQueryService(transactions);
        var browse = new BrowseService(transactions);
        var recordUploads = new RecordUploadService(transactions);
        var useCases = new HttpUseCases(
                experiments, experiments, experiments, experiments,
                ensembles, ensembles, ensembles, ensembles,
                observations, observations,
                updates, updates,
                userdata, userdata, userdata,
                recordUploads, recordUploads, recordQueries, recordQueries,
                new RecordObservationService(transactions), new RecordReadService(transactions, blobs),
                new RecordVersionService(transactions),
                new MisfitService(transactions), blobUploads, blobUploads,
                browse, browse, browse, browse, browse);
        var readiness = List.of(new ReadinessCheck("database", storage::isDatabaseReachable),
                new ReadinessCheck("blobStore", blobs::isReachable));
        return HttpServer.start(useCases, new HttpSettings(host, port, settings.token(), Version.current(),
                settings.maxRequestBytes(), settings.shutdownTimeout(), settings.oidc(),
                settings.unknownQueryParameters()), readiness,
                new HttpMetrics(metrics, metrics::scrape));
    }

    @Override
    public void close() {
        storage.close();
        gcMetrics.close();
        metrics.close();
    }
}
