/** The ERT workload benchmark: the whole server in-process, driven over HTTP. */
module org.ertstorage.benchmarks {
    requires org.ertstorage.bootstrap;
    requires java.net.http;
    requires java.management;
}
