package io.mesorecords.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresBatchedInsertsTest {

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    @Test
    void aPostgresPoolSendsBatchedInsertsAsMultiRowStatements() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/mesorecords");

        PostgresBatchedInserts.apply(pool);

        assertThat(pool.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }

    @Test
    void whatTheUrlOrTheConfiguredPropertiesSayIsKept() {
        HikariDataSource inUrl = pool("jdbc:postgresql://db/mesorecords?reWriteBatchedInserts=false");
        HikariDataSource inProperties = pool("jdbc:postgresql://db/mesorecords");
        inProperties.addDataSourceProperty("reWriteBatchedInserts", "false");

        PostgresBatchedInserts.apply(inUrl);
        PostgresBatchedInserts.apply(inProperties);

        assertThat(inUrl.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
        assertThat(inProperties.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        HikariDataSource h2 = pool("jdbc:h2:file:./data/mesorecords");

        PostgresBatchedInserts.apply(h2);

        assertThat(h2.getDataSourceProperties()).isEmpty();
    }
}
