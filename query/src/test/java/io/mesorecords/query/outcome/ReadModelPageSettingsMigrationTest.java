package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.platform.storage.SideSchema;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration {@code V32} (a Java migration, found by Flyway next to the SQL ones) gives PostgreSQL's outcome course
 * rows room for in-page updates and keeps compressed history documents in their rows; on H2 it applies and changes
 * nothing.
 */
class ReadModelPageSettingsMigrationTest {

    @Test
    void setsTheStorageParametersOnPostgres() {
        DataSource dataSource = PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_page_settings_");

        assertApplied(SideSchema.flyway(dataSource, "query"));

        JdbcClient sql = JdbcClient.create(dataSource);
        assertThat(options(sql, "outcome_course")).isEqualTo("fillfactor=80");
        assertThat(options(sql, "patient_history")).isEqualTo("toast_tuple_target=8160");
    }

    @Test
    void appliesWithoutChangesOnH2() {
        DataSource dataSource =
                new DriverManagerDataSource("jdbc:h2:mem:page-settings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        assertApplied(SideSchema.flyway(dataSource, "query"));
    }

    private static void assertApplied(Flyway flyway) {
        flyway.migrate();
        assertThat(flyway.info().applied())
                .filteredOn(m ->
                        m.getVersion() != null && m.getVersion().getVersion().equals("32"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getDescription()).isEqualTo("Read model page settings");
                    assertThat(m.getState().isApplied()).isTrue();
                });
    }

    private static String options(JdbcClient sql, String table) {
        return sql.sql("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = ?")
                .param(table)
                .query(String.class)
                .single();
    }
}
