/** ERT storage's use cases, the incoming ports that offer them and the outgoing ports they need. */
module org.ertstorage.application {
    requires transitive org.ertstorage.domain;

    exports org.ertstorage.application.port.in;
    exports org.ertstorage.application.port.in.experiment;
    exports org.ertstorage.application.port.in.ensemble;
    exports org.ertstorage.application.port.in.observation;
    exports org.ertstorage.application.port.in.update;
    exports org.ertstorage.application.port.in.userdata;
    exports org.ertstorage.application.port.in.record;
    exports org.ertstorage.application.port.in.browse;
    exports org.ertstorage.application.port.in.transfer;
    exports org.ertstorage.application.port.out;
    exports org.ertstorage.application.service.experiment to org.ertstorage.bootstrap;
    exports org.ertstorage.application.service.ensemble to org.ertstorage.bootstrap, org.ertstorage.batch;
    exports org.ertstorage.application.service.observation to org.ertstorage.bootstrap;
    exports org.ertstorage.application.service.update to org.ertstorage.bootstrap;
    exports org.ertstorage.application.service.userdata to org.ertstorage.bootstrap;
    exports org.ertstorage.application.service.browse to org.ertstorage.bootstrap;
    exports org.ertstorage.application.service.transfer to org.ertstorage.batch;
    // Not "service.record": the compiler plugin's module-info parser trips over "record to".
    exports org.ertstorage.application.service.records to org.ertstorage.bootstrap, org.ertstorage.batch;
}
