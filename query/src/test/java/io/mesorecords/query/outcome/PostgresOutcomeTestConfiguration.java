package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assumptions.assumeThat;

import io.mesorecords.platform.storage.SideSchema;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The report's test context on a fresh PostgreSQL database created on the server named by
 * {@code MESORECORDS_TEST_POSTGRES_URL} (an admin JDBC URL, user {@code MESORECORDS_TEST_POSTGRES_USER} or postgres,
 * password {@code MESORECORDS_TEST_POSTGRES_PASSWORD}), migrated by the PostgreSQL scripts: grouping sets and
 * {@code PERCENTILE_CONT} run there as in production.
 */
@SpringBootConfiguration
class PostgresOutcomeTestConfiguration extends OutcomeTestConfiguration {

    static final String URL_VARIABLE = "MESORECORDS_TEST_POSTGRES_URL";

    @Override
    DataSource dataSource() {
        return freshDatabase("mesorecords_outcome_");
    }

    /** A new, empty database on the server named by {@link #URL_VARIABLE}; the test is skipped when none is named. */
    static DataSource freshDatabaseOrSkip(String prefix) {
        assumeThat(System.getenv(URL_VARIABLE)).as(URL_VARIABLE).isNotBlank();
        return freshDatabase(prefix);
    }

    /** A new, empty database on the server named by {@link #URL_VARIABLE}. */
    static DataSource freshDatabase(String prefix) {
        String adminUrl = System.getenv(URL_VARIABLE);
        String user = envOr("MESORECORDS_TEST_POSTGRES_USER", "postgres");
        String password = envOr("MESORECORDS_TEST_POSTGRES_PASSWORD", "");
        String name = prefix + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name + " at " + adminUrl, e);
        }
        int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new DriverManagerDataSource(url, user, password);
    }

    @Override
    Flyway querySchema(DataSource dataSource) {
        return SideSchema.flyway(dataSource, "query");
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
