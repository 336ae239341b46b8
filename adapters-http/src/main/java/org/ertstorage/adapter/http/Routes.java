package org.ertstorage.adapter.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.ertstorage.adapter.http.docs.DeclaredQueryParameters;
import org.ertstorage.adapter.http.docs.DocsController;
import org.ertstorage.adapter.http.error.PlainError;
import org.ertstorage.adapter.http.error.RequestTooLarge;
import org.ertstorage.adapter.http.graphql.GraphQlController;
import org.ertstorage.adapter.http.graphql.GraphQlExecutor;
import org.ertstorage.adapter.http.graphql.GraphiQlPage;
import org.ertstorage.adapter.http.ops.HealthController;
import org.ertstorage.adapter.http.rest.BlobController;
import org.ertstorage.adapter.http.rest.EnsembleController;
import org.ertstorage.adapter.http.rest.ExperimentController;
import org.ertstorage.adapter.http.rest.ObservationController;
import org.ertstorage.adapter.http.rest.QueryParameterCheck;
import org.ertstorage.adapter.http.rest.RecordController;
import org.ertstorage.adapter.http.rest.RecordDataController;
import org.ertstorage.adapter.http.rest.RecordController.UserdataVerb;
import org.ertstorage.adapter.http.rest.ServiceController;
import org.ertstorage.adapter.http.rest.UpdateController;
import org.ertstorage.adapter.http.rest.UserdataController;
import org.ertstorage.adapter.http.security.JwtVerifier;
import org.ertstorage.adapter.http.security.TokenCheck;
import org.ertstorage.domain.UserdataOwner;

/**
 * Every route of the API, in one table. Routes behind the token check are marked so; unknown
 * paths answer 404 and known paths with another method 405 with {@code Allow}, in the original's bodies.
 */
final class Routes {

    /** @param inOpenApi whether {@code /openapi.json} describes it (the docs pages, health probes and metrics are not described) */
    private record Route(HandlerType method, String path, Pattern pattern, boolean inOpenApi) {
    }

    private static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

    private final HttpUseCases useCases;
    private final HttpSettings settings;
    private final TokenCheck tokenCheck;
    private final HealthController health;
    private final Supplier<String> metrics;
    private final DeclaredQueryParameters declared = DeclaredQueryParameters.fromOpenApi();
    private final List<Route> table = new ArrayList<>();

    /** @param metrics the metrics in Prometheus' text format, for {@code GET /metrics} */
    Routes(HttpUseCases useCases, HttpSettings settings, HealthController health, Supplier<String> metrics) {
        this.useCases = useCases;
        this.settings = settings;
        this.health = health;
        this.metrics = metrics;
        this.tokenCheck = new TokenCheck(settings.token(),
                settings.oidc().map(issuer -> new JwtVerifier(issuer, java.time.Clock.systemUTC())));
    }

    void register(RoutesConfig routes) {
        var service = new ServiceController(settings.version());
        var experiments = new ExperimentController(useCases.createExperiment(), useCases.listExperiments(),
                useCases.getExperiment(), useCases.deleteExperiment(), useCases.listEnsembles());
        var ensembles = new EnsembleController(useCases.createEnsemble(), useCases.getEnsemble(),
                useCases.completeEnsemble());
        var observations = new ObservationController(useCases.createObservation(), useCases.listObservations());
        var updates = new UpdateController(useCases.createUpdate(), useCases.getUpdate());
        var userdata = new UserdataController(useCases.getUserdata(), useCases.replaceUserdata(),
                useCases.mergeUserdata());

        var records = new RecordController(useCases.findRecord(), useCases.listRecords(),
                useCases.recordObservations(), useCases.getUserdata(), useCases.replaceUserdata(),
                useCases.mergeUserdata());
        var recordData = new RecordDataController(useCases.uploadMatrix(), useCases.uploadRealizations(),
                useCases.readRecord(), useCases.recordVersion(),
                useCases.computeMisfits(), settings.maxRequestBytes());
        var blobs = new BlobController(useCases.uploadFile(), useCases.uploadBlob());

        open(routes, HandlerType.GET, "/", service::root);
        open(routes, HandlerType.GET, "/healthcheck", service::healthcheck);
        unlisted(routes, "/health/live", health::live);
        unlisted(routes, "/health/ready", health::ready);
        // Open like the probes, for scrapers inside the deployment; it names routes, never data.
        unlisted(routes, "/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
        secured(routes, HandlerType.GET, "/server/info", service::info);

        secured(routes, HandlerType.GET, "/experiments", experiments::list);
        secured(routes, HandlerType.POST, "/experiments", experiments::create);
        secured(routes, HandlerType.GET, "/experiments/{experiment_id}", experiments::get);
        secured(routes, HandlerType.DELETE, "/experiments/{experiment_id}", experiments::delete);
        secured(routes, HandlerType.GET, "/experiments/{experiment_id}/ensembles", experiments::ensembles);
        secured(routes, HandlerType.POST, "/experiments/{experiment_id}/ensembles", ensembles::create);
        secured(routes, HandlerType.GET, "/experiments/{experiment_id}/observations", observations::ofExperiment);
        secured(routes, HandlerType.POST, "/experiments/{experiment_id}/observations", observations::create);
        userdataRoutes(routes, userdata, "/experiments/{experiment_id}/userdata", UserdataOwner.Kind.EXPERIMENT,
                "experiment_id");

        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}", ensembles::get);
        secured(routes, HandlerType.POST, "/ensembles/{ensemble_id}/complete", ensembles::complete);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/observations", observations::ofEnsemble);
        userdataRoutes(routes, userdata, "/ensembles/{ensemble_id}/userdata", UserdataOwner.Kind.ENSEMBLE,
                "ensemble_id");

        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/records", records::ofEnsemble);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/parameters", records::parameters);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/responses", records::responses);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/records/{name}/labels", records::labels);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/records/{name}/userdata", records.userdata(UserdataVerb.GET));
        secured(routes, HandlerType.PUT, "/ensembles/{ensemble_id}/records/{name}/userdata", records.userdata(UserdataVerb.PUT));
        secured(routes, HandlerType.PATCH, "/ensembles/{ensemble_id}/records/{name}/userdata",
                records.userdata(UserdataVerb.PATCH));
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/records/{name}/observations", records::observations);
        secured(routes, HandlerType.POST, "/ensembles/{ensemble_id}/records/{name}/observations",
                records::attachObservations);
        secured(routes, HandlerType.GET, "/records/{record_id}", records::byId);
        // Limited by the controller: only the bodies it reads whole.
        streamed(routes, HandlerType.POST, "/ensembles/{ensemble_id}/records/{name}/matrix", recordData::uploadMatrix);
        streamed(routes, HandlerType.POST, "/ensembles/{ensemble_id}/records/{name}/file", blobs::uploadFile);
        secured(routes, HandlerType.POST, "/ensembles/{ensemble_id}/records/{name}/blob", blobs::create);
        streamed(routes, HandlerType.PUT, "/ensembles/{ensemble_id}/records/{name}/blob", blobs::stage);
        secured(routes, HandlerType.PATCH, "/ensembles/{ensemble_id}/records/{name}/blob", blobs::commit);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/records/{name}", recordData::read);
        secured(routes, HandlerType.GET, "/records/{record_id}/data", recordData::readById);
        secured(routes, HandlerType.GET, "/ensembles/{ensemble_id}/responses/{response_name}/data",
                recordData::responseData);

        userdataRoutes(routes, userdata, "/observations/{obs_id}/userdata", UserdataOwner.Kind.OBSERVATION, "obs_id");

        secured(routes, HandlerType.GET, "/compute/misfits", recordData::misfits);

        secured(routes, HandlerType.POST, "/updates", updates::create);
        secured(routes, HandlerType.POST, "/updates/facade", updates::facade);
        secured(routes, HandlerType.GET, "/updates/{update_id}", updates::get);

        graphQlRoutes(routes);

        var docs = new DocsController();
        unlisted(routes, "/openapi.json", docs::openApi);
        unlisted(routes, "/docs", docs::swaggerUi);
        unlisted(routes, "/docs/oauth2-redirect", docs::oauth2Redirect);
        unlisted(routes, "/redoc", docs::redoc);
        unlisted(routes, "/webjars/<path>", docs::webjarAsset);

        // Last, so that they match only what no route above matched.
        for (HandlerType method : METHODS) {
            routes.addHttpHandler(method, "/<path>", this::unmatched);
        }
    }

    /**
     * {@code /gql}: executions check the token like every data route (DEFECTS D-01); the GraphiQL
     * page a browser asks for is open. Not REST, so not in {@code /openapi.json}.
     */
    private void graphQlRoutes(RoutesConfig routes) {
        var graphQl = new GraphQlController(new GraphQlExecutor(useCases));
        var page = new GraphiQlPage();
        Handler securedGet = tokenCheck.protect(graphQl::get);
        add(routes, HandlerType.GET, "/gql", ctx -> {
            if (GraphQlController.wantsPage(ctx)) {
                page.serve(ctx);
            } else {
                securedGet.handle(ctx);
            }
        }, false);
        add(routes, HandlerType.POST, "/gql", tokenCheck.protect(graphQl::post), false);
        for (HandlerType method : List.of(HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
            add(routes, method, "/gql", GraphQlController::methodNotAllowed, false);
        }
    }

    private void userdataRoutes(RoutesConfig routes, UserdataController userdata, String path, UserdataOwner.Kind kind,
            String idParameter) {
        secured(routes, HandlerType.GET, path, userdata.get(kind, idParameter));
        secured(routes, HandlerType.PUT, path, userdata.replace(kind, idParameter));
        secured(routes, HandlerType.PATCH, path, userdata.merge(kind, idParameter));
    }

    private void open(RoutesConfig routes, HandlerType method, String path, Handler handler) {
        add(routes, method, path, checkingQuery(method, path, handler), true);
    }

    private void secured(RoutesConfig routes, HandlerType method, String path, Handler handler) {
        add(routes, method, path, tokenCheck.protect(limited(checkingQuery(method, path, handler))), true);
    }

    /** A protected route that streams its body to the store, so no size limit applies. */
    private void streamed(RoutesConfig routes, HandlerType method, String path, Handler handler) {
        add(routes, method, path, tokenCheck.protect(checkingQuery(method, path, handler)), true);
    }

    /**
     * An API operation's handler, refusing query parameters {@code /openapi.json} does not declare
     * for it unless the settings say to ignore them. Inside the token check, which answers first.
     */
    private Handler checkingQuery(HandlerType method, String path, Handler handler) {
        var parameters = declared.declaredBy(method.name(), path)
                .orElseThrow(() -> new IllegalStateException("/openapi.json does not describe " + method + " " + path));
        return settings.unknownQueryParameters() == UnknownQueryParameters.REFUSE
                ? QueryParameterCheck.refusing(path, parameters, handler)
                : handler;
    }

    /** Refuses a declared body length beyond the limit before reading any of it. */
    private Handler limited(Handler handler) {
        long limit = settings.maxRequestBytes();
        return ctx -> {
            if (ctx.req().getContentLengthLong() > limit) {
                throw new RequestTooLarge(limit);
            }
            handler.handle(ctx);
        };
    }

    /** A documentation page or asset, a health probe or the metrics: open, and not an operation of the API. */
    private void unlisted(RoutesConfig routes, String path, Handler handler) {
        add(routes, HandlerType.GET, path, handler, false);
    }

    private void add(RoutesConfig routes, HandlerType method, String path, Handler handler, boolean inOpenApi) {
        routes.addHttpHandler(method, path, path.contains("{") ? ctx -> {
            // An escaped slash ("..%2F") reaches a {parameter} decoded; the original routed on the
            // decoded path, where no route matches such a name.
            if (ctx.pathParamMap().values().stream().anyMatch(value -> value.indexOf('/') >= 0)) {
                throw new PlainError(404, "Not Found");
            }
            handler.handle(ctx);
        } : handler);
        var pattern = Pattern.compile(path.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+").replace("<path>", ".+"));
        table.add(new Route(method, path, pattern, inOpenApi));
    }

    /** The operations {@code /openapi.json} must describe, as {@code "GET /experiments/{experiment_id}"}. */
    List<String> apiOperations() {
        return table.stream().filter(Route::inOpenApi).map(route -> route.method().name() + " " + route.path()).toList();
    }

    private void unmatched(Context ctx) {
        var allowed = new LinkedHashSet<String>();
        for (Route route : table) {
            if (route.pattern().matcher(ctx.path()).matches()) {
                allowed.add(route.method().name());
            }
        }
        if (allowed.isEmpty()) {
            throw new PlainError(404, "Not Found");
        }
        throw new PlainError(405, "Method Not Allowed", Map.of("Allow", String.join(", ", allowed)));
    }
}
