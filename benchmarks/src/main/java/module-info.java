/** The ERT workload benchmark: a server started as a child process, driven over HTTP. */
module org.ertstorage.benchmarks {
    requires java.net.http;
}
