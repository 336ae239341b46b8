/**
 * The batch commands (export, import, misfits) on the application's use cases, with no HTTP
 * adapter, and the storage wiring the server shares with them.
 */
module org.ertstorage.batch {
    requires org.ertstorage.application;
    requires org.ertstorage.adapter.persistence;
    requires org.ertstorage.adapter.blob;
    requires org.ertstorage.adapter.formats;

    // The server's command line hands the batch commands to Main; it shares the storage wiring.
    exports org.ertstorage.batch to org.ertstorage.bootstrap;
    exports org.ertstorage.batch.storage to org.ertstorage.bootstrap;
}
