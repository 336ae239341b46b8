package org.ertstorage.adapter.persistence;

/** The databases ERT storage runs on; each has its own folder of migrations. */
enum Vendor {
    H2("jdbc:h2:", "h2"),
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Vendor(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** @throws IllegalArgumentException for any other kind of URL */
    static Vendor of(String jdbcUrl) {
        for (Vendor vendor : values()) {
            if (jdbcUrl.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        // Only the scheme is quoted: the rest of a URL may hold a password.
        int schemeEnd = jdbcUrl.indexOf(':', jdbcUrl.indexOf(':') + 1);
        var scheme = schemeEnd < 0 ? jdbcUrl : jdbcUrl.substring(0, schemeEnd + 1);
        throw new IllegalArgumentException("Unsupported database URL '" + scheme
                + "…': ERT storage runs on H2 (jdbc:h2:…) and PostgreSQL (jdbc:postgresql:…)");
    }

    String migrationFolder() {
        return migrationFolder;
    }
}
