package io.mesorecords.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.app.support.PostgresDatabase;
import io.mesorecords.app.support.RequiresPostgres;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mesorecords.report.min-cell-size=1")
@RequiresPostgres
class PostgresRecordsReadBackTest extends RecordsReadBackContract {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    DataSource dataSource;

    /**
     * The driver reports {@code SUCCESS_NO_INFO} for each row of a batch it sent as one multi-row insert, and the row
     * count for each row it sent on its own (PostgresBatchedInserts).
     */
    @Test
    void theBackendsPoolSendsABatchOfInsertsAsOneMultiRowStatement() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE batched_insert_probe (n INT)");
        try {
            int[] counts = jdbc.batchUpdate(
                    "INSERT INTO batched_insert_probe (n) VALUES (?)",
                    List.of(new Object[] {1}, new Object[] {2}, new Object[] {3}, new Object[] {4}));

            assertThat(counts).containsOnly(Statement.SUCCESS_NO_INFO);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM batched_insert_probe", Integer.class))
                    .isEqualTo(4);
        } finally {
            jdbc.execute("DROP TABLE batched_insert_probe");
        }
    }
}
