package io.mesorecords.command.storage;

import io.mesorecords.platform.storage.SideSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway owns the write side's tables (event store, snapshots, idempotency records). The write side keeps its own
 * history table, so command and query services can migrate one shared PostgreSQL independently.
 */
@Configuration(proxyBeanMethods = false)
class CommandSchemaConfiguration {

    @Bean(initMethod = "migrate")
    Flyway commandSchema(DataSource dataSource) {
        return SideSchema.flyway(dataSource, "command");
    }
}
