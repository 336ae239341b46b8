/** Azure Blob Storage for record blobs, behind the application's blob store port. */
module org.ertstorage.adapter.blob {
    requires org.ertstorage.application;
}
