package io.mesorecords.app.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for one test class: from Testcontainers where Docker runs, otherwise created on the server
 * named by {@code MESORECORDS_TEST_POSTGRES_URL} (an admin JDBC URL, with {@code MESORECORDS_TEST_POSTGRES_USER} and
 * {@code MESORECORDS_TEST_POSTGRES_PASSWORD}). Tests never reuse what an earlier run left behind.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "MESORECORDS_TEST_POSTGRES_URL";
    public static final String USER_VARIABLE = "MESORECORDS_TEST_POSTGRES_USER";
    public static final String PASSWORD_VARIABLE = "MESORECORDS_TEST_POSTGRES_PASSWORD";
    public static final String POSTGRES_IMAGE = "postgres:15.10-alpine";

    private static PostgreSQLContainer container;

    private TestPostgres() {}

    /** Where a database can come from, or why none can. */
    public static Optional<String> unavailableReason() {
        if (dockerAvailable() || System.getenv(URL_VARIABLE) != null) {
            return Optional.empty();
        }
        return Optional.of("no PostgreSQL for this test: Docker is not available and " + URL_VARIABLE
                + " is not set (see README, 'Running the tests')");
    }

    /** Creates a new, empty database and answers how to connect to it. */
    public static synchronized Database freshDatabase() {
        String name = "mesorecords_test_" + UUID.randomUUID().toString().replace("-", "");
        if (dockerAvailable()) {
            if (container == null) {
                container = new PostgreSQLContainer(POSTGRES_IMAGE);
                container.start();
            }
            return create(container.getJdbcUrl(), container.getUsername(), container.getPassword(), name);
        }
        String url = System.getenv(URL_VARIABLE);
        if (url == null) {
            throw new IllegalStateException(unavailableReason().orElseThrow());
        }
        return create(url, envOr(USER_VARIABLE, "postgres"), envOr(PASSWORD_VARIABLE, ""), name);
    }

    private static Database create(String adminUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
        }
        return new Database(replaceDatabase(adminUrl, name), user, password);
    }

    static String replaceDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        String suffix = query < 0 ? "" : jdbcUrl.substring(query);
        return jdbcUrl.substring(0, slash + 1) + database + suffix;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }

    /** Connection settings of a test database. */
    public record Database(String url, String username, String password) {}
}
