package io.mesorecords.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.PostgresDatabase;
import io.mesorecords.app.support.RequiresPostgres;
import io.mesorecords.query.projection.ReadModelStatistics;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
@RequiresPostgres
class PostgresStorageWiringTest extends StorageWiringContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    ReadModelStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }

    @Test
    void afterARebuildTheRewrittenTablesAreVacuumedAndAnalysed() {
        for (long key = 1; key <= 200; key++) {
            jdbc.update("INSERT INTO outcome_patient (patient_key) VALUES (?)", -key);
        }
        jdbc.update("DELETE FROM outcome_patient WHERE patient_key < 0 AND patient_key > -100");

        // PostgreSQL publishes table statistics within a second or so of the writing transaction.
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> statistics.refresh().contains("\"public\".\"outcome_patient\""));

        Map<String, Object> stats = jdbc.queryForMap("SELECT last_vacuum, last_analyze, n_dead_tup"
                + " FROM pg_stat_user_tables WHERE relname = 'outcome_patient'");
        assertThat(stats.get("last_vacuum")).isNotNull();
        assertThat(stats.get("last_analyze")).isNotNull();
        assertThat(statistics.lastRefresh()).isNotNull();
    }
}
