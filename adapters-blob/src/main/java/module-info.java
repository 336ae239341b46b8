/** Azure Blob Storage for record blobs, behind the application's blob store port. */
module org.ertstorage.adapter.blob {
    requires org.ertstorage.application;
    requires com.azure.core;
    requires com.azure.storage.blob;
    requires com.azure.storage.common;
    // The SDK finds its HTTP client through the service loader; requiring the JDK HttpClient
    // implementation makes the module system resolve it (instead of the default Netty client).
    requires com.azure.core.http.jdk.httpclient;

    exports org.ertstorage.adapter.blob to org.ertstorage.bootstrap, org.ertstorage.batch;
}
