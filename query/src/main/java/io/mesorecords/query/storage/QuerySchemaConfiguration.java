package io.mesorecords.query.storage;

import io.mesorecords.platform.storage.SideSchema;
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
        return SideSchema.flyway(dataSource, "query");
    }
}
