/**
 * Stores ERT's data in H2 or PostgreSQL: JDBI repositories behind the application's outgoing
 * ports, a connection pool, and the Flyway migrations of the schema.
 */
module org.ertstorage.adapter.persistence {
    requires org.ertstorage.application;
    requires java.sql;
    requires com.zaxxer.hikari;
    // The blob store writes to PostgreSQL with the driver's COPY API.
    requires org.postgresql.jdbc;
    requires org.jdbi.v3.core;
    requires flyway.core;
    // Flyway reads its configuration with Jackson but, being an automatic module, declares no
    // dependency on it; requiring it makes the module system resolve Jackson at run time.
    requires com.fasterxml.jackson.databind;

    exports org.ertstorage.adapter.persistence to org.ertstorage.bootstrap, org.ertstorage.batch;

    // Flyway loads migration scripts through ClassLoader.getResource, which finds a resource in
    // a named module's package only when the package is open to everyone.
    opens db.migration.common;
    opens db.migration.h2;
    opens db.migration.postgresql;
}
