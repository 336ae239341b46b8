package org.ertstorage.adapter.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * Databases for tests, shared with bootstrap's end-to-end tests: a fresh in-memory H2, or the
 * PostgreSQL of {@code ERT_STORAGE_TEST_DATABASE_URL}, else of a Testcontainers container, else
 * the calling test is aborted, loudly.
 */
public final class TestDatabases {

    public static final String POSTGRES_URL_VARIABLE = "ERT_STORAGE_TEST_DATABASE_URL";
    private static final String POSTGRES_MISSING =
            "PostgreSQL tests skipped: set " + POSTGRES_URL_VARIABLE + " or start Docker";
    private static final int POOL_SIZE = 10;

    private TestDatabases() {
    }

    /** A new, empty in-memory H2 database that lives until the JVM ends. */
    public static DatabaseSettings h2() {
        return new DatabaseSettings("jdbc:h2:mem:ert-storage-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "", "", POOL_SIZE);
    }

    /**
     * The test PostgreSQL database. It may hold data of earlier runs, so tests must create their own.
     * Aborts the calling test when there is none.
     */
    public static DatabaseSettings postgres() {
        var url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return fromUrl(url.strip());
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            var container = Container.POSTGRES;
            return new DatabaseSettings(container.getJdbcUrl(), container.getUsername(), container.getPassword(), POOL_SIZE);
        }
        System.err.println(POSTGRES_MISSING);
        return Assumptions.abort(POSTGRES_MISSING);
    }

    /** {@code jdbc:postgresql://…} as it is, or {@code postgresql://user:pass@host:port/db} as the Python server took it. */
    static DatabaseSettings fromUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new DatabaseSettings(url, "", "", POOL_SIZE);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(POSTGRES_URL_VARIABLE + " is not a URL: " + e.getMessage(), e);
        }
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException(POSTGRES_URL_VARIABLE
                    + " must look like jdbc:postgresql://host:port/db or postgresql://user:pass@host:port/db");
        }
        var userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
        int colon = userInfo.indexOf(':');
        var user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        var password = colon < 0 ? "" : decode(userInfo.substring(colon + 1));
        var port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        var query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new DatabaseSettings("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query,
                user, password, POOL_SIZE);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** One container for the whole test run, started on first use; Testcontainers removes it at exit. */
    private static final class Container {

        static final PostgreSQLContainer<?> POSTGRES = start();

        private static PostgreSQLContainer<?> start() {
            var container = new PostgreSQLContainer<>("postgres:15-alpine");
            container.start();
            return container;
        }
    }
}
