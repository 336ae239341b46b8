/** The ArchUnit rules that keep ert-storage's hexagon in shape. */
module org.ertstorage.architecture {
    requires transitive com.tngtech.archunit;

    exports org.ertstorage.architecture;
}
