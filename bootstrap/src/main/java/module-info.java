/** The runnable server: settings, composition root and command line. */
module org.ertstorage.bootstrap {
    requires org.ertstorage.application;
    requires org.ertstorage.adapter.persistence;
    requires org.ertstorage.adapter.blob;
    requires org.ertstorage.adapter.http;
    requires org.ertstorage.batch;
    requires org.slf4j;
    // Metrics: the Prometheus registry and the JVM binders; HikariCP reports into the same registry.
    requires micrometer.core;
    requires micrometer.registry.prometheus;

    // Main for the command line, EmbeddedServer for programs that run the server in-process.
    exports org.ertstorage.bootstrap;
}
