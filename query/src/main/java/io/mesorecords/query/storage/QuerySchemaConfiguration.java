package io.mesorecords.query.storage;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns the read side's tables (tokens, dead letters, sagas, read models), with a history table of its own so
 * that query services migrate independently of command services on a shared database.
 */
@Configuration(proxyBeanMethods = false)
class QuerySchemaConfiguration {

    @Bean(initMethod = "migrate")
    Flyway querySchema(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/query/" + SqlVendor.of(dataSource).folder())
                .table("flyway_query_history")
                // The other side may have migrated the same schema first: start this history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
