package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mesorecords.platform.storage.SideSchema;
import io.mesorecords.query.projection.ReadModelTables;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild's reset empties a projection's tables inside its transaction: on PostgreSQL into new, empty files
 * ({@code TRUNCATE}), on H2 by deleting the rows; on both, a reset that rolls back leaves every row where it was.
 */
class ReadModelTablesTest {

    @Test
    void emptiesTheTablesIntoNewFilesOnPostgres() {
        DataSource dataSource = PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_reset_");
        JdbcTemplate jdbc = migratedWithRows(dataSource);
        long before = fileOf(jdbc, "outcome_course");

        resets(dataSource, jdbc, false);
        assertThat(rows(jdbc)).isEqualTo(3 + 2);
        assertThat(fileOf(jdbc, "outcome_course")).isEqualTo(before);

        resets(dataSource, jdbc, true);
        assertThat(rows(jdbc)).isZero();
        assertThat(fileOf(jdbc, "outcome_course")).isNotEqualTo(before);
    }

    /**
     * A report reads the course table, then (its median) the reaction table, in one transaction. A reset that locked
     * the reaction table before the course table deadlocked with it; the projection's order locks the course table
     * first, so the reset waits for the report to finish and the report's second statement is answered.
     */
    @Test
    void aResetWaitsForARunningReportInsteadOfDeadlockingWithItOnPostgres() throws Exception {
        DataSource dataSource = PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_reset_order_");
        JdbcTemplate jdbc = migratedWithRows(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        CompletableFuture<Void> reset;
        try (Connection report = dataSource.getConnection()) {
            report.setAutoCommit(false);
            report.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThat(count(report, "outcome_course")).isEqualTo(3);

            reset = CompletableFuture.runAsync(
                    () -> transaction.executeWithoutResult(status -> ReadModelTables.empty(jdbc, OutcomeRows.TABLES)));
            await().atMost(Duration.ofSeconds(4))
                    .until(() ->
                            jdbc.queryForObject("SELECT COUNT(*) FROM pg_locks WHERE NOT granted", Integer.class) > 0);

            assertThat(count(report, "outcome_reaction")).isZero();
            report.commit();
        }
        // The reset goes on once the report's transaction has ended.
        reset.get(4, TimeUnit.SECONDS);
        assertThat(rows(jdbc)).isZero();
    }

    @Test
    void deletesTheRowsOnH2() {
        DataSource dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:reset-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", true);
        JdbcTemplate jdbc = migratedWithRows(dataSource);

        resets(dataSource, jdbc, false);
        assertThat(rows(jdbc)).isEqualTo(3 + 2);

        resets(dataSource, jdbc, true);
        assertThat(rows(jdbc)).isZero();
    }

    private static JdbcTemplate migratedWithRows(DataSource dataSource) {
        SideSchema.flyway(dataSource, "query").migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (long course = 1; course <= 3; course++) {
            jdbc.update(
                    """
                    INSERT INTO outcome_course (course_key, patient_key, clinic_id, technique, planned_month,
                        planned_quarter, planned_year, status)
                    VALUES (?, 7, 'clinic-north', 'MESO_PEN', '2025-01', '2025-Q1', '2025', 'PLANNED')""",
                    course);
        }
        jdbc.update("INSERT INTO outcome_patient (patient_key) VALUES (7)");
        jdbc.update("INSERT INTO outcome_session (session_key, course_key, practitioner_id) VALUES (1, 1, 'dr-ames')");
        return jdbc;
    }

    /** Empties the tables in a transaction that commits, or that fails afterwards and rolls back. */
    private static void resets(DataSource dataSource, JdbcTemplate jdbc, boolean commit) {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Runnable reset = () -> transaction.executeWithoutResult(status -> {
            ReadModelTables.empty(jdbc, "outcome_session", "outcome_course", "outcome_patient");
            assertThat(rows(jdbc)).isZero();
            if (!commit) {
                throw new IllegalStateException("the reset's batch failed");
            }
        });
        if (commit) {
            reset.run();
        } else {
            assertThatThrownBy(reset::run).hasMessage("the reset's batch failed");
        }
    }

    private static int rows(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM outcome_course) + (SELECT COUNT(*) FROM outcome_patient)"
                        + " + (SELECT COUNT(*) FROM outcome_session)",
                Integer.class);
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static long fileOf(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT relfilenode FROM pg_class WHERE relname = ?", Long.class, table);
    }
}
