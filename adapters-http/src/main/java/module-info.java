/** The REST API on Javalin: routes, JSON in the original server's dialect, errors and the token check. */
module org.ertstorage.adapter.http {
    requires org.ertstorage.application;
    requires io.javalin;
    // The access log reads the bytes Jetty counted; Javalin requires both transitively.
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.ee10.servlet;
    // Request metrics; HttpMetrics shows MeterRegistry to the composition root.
    requires transitive micrometer.core;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires java.net.http;
    requires org.ertstorage.adapter.formats;
    requires com.graphqljava;
    requires org.dataloader;

    exports org.ertstorage.adapter.http to org.ertstorage.bootstrap;

    // Jackson writes the response records by reflection.
    opens org.ertstorage.adapter.http.rest.dto to com.fasterxml.jackson.databind;
    opens org.ertstorage.adapter.http.error to com.fasterxml.jackson.databind;
    // graphql-java reads the output records' accessors by reflection.
    opens org.ertstorage.adapter.http.graphql to com.graphqljava;

    // The docs pages read the swagger-ui and redoc webjars (runtime dependencies, no classes) from
    // META-INF/resources, which no module encapsulates; the launcher's --add-modules ALL-MODULE-PATH
    // resolves them, so they need no requires. Our own docs resources are read from this module.
}
