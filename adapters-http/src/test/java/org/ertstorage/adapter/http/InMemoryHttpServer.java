package org.ertstorage.adapter.http;

import java.net.URI;
import java.util.Optional;
import org.ertstorage.adapter.http.api.ApiTarget;
import org.ertstorage.application.port.out.BlobStore;
import org.ertstorage.application.port.out.InMemoryBlobStore;
import org.ertstorage.application.port.out.InMemoryTransactions;
import org.ertstorage.application.port.out.Transactions;
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

/** The HTTP adapter over the real services and in-memory repositories, started once per test run. */
public final class InMemoryHttpServer {

    public static final String TOKEN = "in-memory-token";

    /** For the API contract suites. */
    public static final ApiTarget TARGET = new ApiTarget(InMemoryHttpServer::baseUri, TOKEN);

    private static HttpServer server;

    private InMemoryHttpServer() {
    }

    public static URI baseUri() {
        return URI.create("http://127.0.0.1:" + server().port());
    }

    /** The real services over the given ports, as the composition root wires them. */
    static HttpUseCases useCases(Transactions transactions, BlobStore blobs) {
        var experiments = new ExperimentService(transactions, blobs);
        var blobUploads = new BlobUploadService(transactions, blobs);
        var ensembles = new EnsembleService(transactions);
        var observations = new ObservationService(transactions);
        var updates = new UpdateService(transactions);
        var userdata = new UserdataService(transactions);
        var recordQueries = new RecordQueryService(transactions);
        var browse = new BrowseService(transactions);
        var recordUploads = new RecordUploadService(transactions);
        return new HttpUseCases(
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
    }

    static synchronized HttpServer server() {
        if (server == null) {
            server = start(new InMemoryBlobStore());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The real services over a fresh set of in-memory repositories. */
    public static HttpUseCases useCases() {
        return useCases(new InMemoryTransactions(), new InMemoryBlobStore());
    }

    /** A server of its own over in-memory repositories and the given blob store; the caller stops it. */
    public static HttpServer start(BlobStore blobs) {
        return HttpServer.start(useCases(new InMemoryTransactions(), blobs),
                new HttpSettings("127.0.0.1", 0, Optional.of(TOKEN), "test"));
    }
}
