package io.mesorecords.query.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every hand count of {@link OutcomeReportMetricsTest} again on PostgreSQL, where cells and total come from grouping
 * sets. Runs when {@code MESORECORDS_TEST_POSTGRES_URL} is set (see README, 'Running the tests').
 */
@SpringBootTest(classes = PostgresOutcomeTestConfiguration.class)
@EnabledIfEnvironmentVariable(named = PostgresOutcomeTestConfiguration.URL_VARIABLE, matches = ".+")
class PostgresOutcomeReportMetricsTest extends OutcomeReportMetricsTest {

    @Test
    void runsOnPostgres() {
        assertThat(OutcomeReportConfiguration.isPostgres(dataSource)).isTrue();
    }
}
