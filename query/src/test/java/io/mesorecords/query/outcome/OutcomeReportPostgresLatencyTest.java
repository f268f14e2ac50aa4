package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.mesorecords.api.clinical.Technique;
import io.mesorecords.api.common.ClinicId;
import io.mesorecords.api.outcome.FindOutcomeReportQuery;
import io.mesorecords.api.outcome.OutcomeDimension;
import io.mesorecords.api.outcome.OutcomeFilter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opt-in latency probe on a PostgreSQL database already filled with report rows: set MESORECORDS_REPORT_PG_URL (a JDBC
 * URL with user and password). Prints percentiles of one grouping with two filters; the benchmark proper lives
 * elsewhere.
 */
class OutcomeReportPostgresLatencyTest {

    @Test
    void oneGroupingWithTwoFilters() {
        String url = System.getenv("MESORECORDS_REPORT_PG_URL");
        assumeThat(url).as("MESORECORDS_REPORT_PG_URL not set").isNotBlank();
        var dataSource = new SingleConnectionDataSource(url, true);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        var handler = new OutcomeReportQueryHandler(
                new OutcomeReportRepository(JdbcClient.create(dataSource), true), 11, transactions);
        var portable = new OutcomeReportQueryHandler(
                new OutcomeReportRepository(JdbcClient.create(dataSource), false), 11, transactions);
        var query = new FindOutcomeReportQuery(
                List.of(OutcomeDimension.AGE_BAND),
                null,
                new OutcomeFilter(
                        Set.of(Technique.MESO_PEN),
                        null,
                        null,
                        null,
                        Set.of(ClinicId.of("clinic-2"), ClinicId.of("clinic-4")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        // Grouping sets give the same cells and total as the portable statements.
        assertThat(handler.handle(query)).isEqualTo(portable.handle(query));
        for (int i = 0; i < 30; i++) {
            handler.handle(query);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            handler.handle(query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "outcome report latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                nanos[100] / 1e6, nanos[197] / 1e6, nanos[199] / 1e6);
        dataSource.destroy();
    }
}
