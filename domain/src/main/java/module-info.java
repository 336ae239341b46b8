/** ERT's domain model and its rules; depends on nothing but the JDK. */
module org.ertstorage.domain {
    exports org.ertstorage.domain;
    exports org.ertstorage.domain.experiment;
    exports org.ertstorage.domain.prior;
    exports org.ertstorage.domain.ensemble;
    exports org.ertstorage.domain.observation;
    exports org.ertstorage.domain.update;
    exports org.ertstorage.domain.record;
}
