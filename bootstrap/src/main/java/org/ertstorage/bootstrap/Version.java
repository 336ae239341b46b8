package org.ertstorage.bootstrap;

/** The version of the packaged application, as its jar manifest says. */
final class Version {

    private Version() {
    }

    static String current() {
        var version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
