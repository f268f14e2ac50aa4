package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import io.mesorecords.platform.storage.SideSchema;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL a report plans its statements without parallel workers and without bitmap scans (decision 31), for its
 * own transaction only: the connection goes back to the pool with the server's settings.
 */
class ReportPlannerSettingsTest {

    @Test
    void aReportPlansWithoutParallelWorkersOrBitmapScansInItsTransactionOnly() throws Exception {
        DataSource fresh = PostgresOutcomeTestConfiguration.freshDatabaseOrSkip("mesorecords_report_planner_");
        SideSchema.flyway(fresh, "query").migrate();
        try (Connection connection = fresh.getConnection()) {
            SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
            JdbcClient sql = JdbcClient.create(dataSource);
            OutcomeReportRepository repository = new OutcomeReportRepository(sql, true);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            assertThat(setting(sql, "enable_bitmapscan")).isEqualTo("on");
            String parallelBefore = setting(sql, "max_parallel_workers_per_gather");
            assertThat(parallelBefore).isNotEqualTo("0");

            List<String> during = transaction.execute(status -> {
                repository.cells(
                        List.of(OutcomeDimension.AGE_BAND),
                        null,
                        new OutcomeFilter(
                                Set.of(Technique.MESO_INJECTOR),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null));
                return List.of(setting(sql, "enable_bitmapscan"), setting(sql, "max_parallel_workers_per_gather"));
            });

            assertThat(during).containsExactly("off", "0");
            assertThat(setting(sql, "enable_bitmapscan")).isEqualTo("on");
            assertThat(setting(sql, "max_parallel_workers_per_gather")).isEqualTo(parallelBefore);
        }
    }

    private static String setting(JdbcClient sql, String name) {
        return sql.sql("SELECT current_setting('" + name + "')")
                .query(String.class)
                .single();
    }
}
