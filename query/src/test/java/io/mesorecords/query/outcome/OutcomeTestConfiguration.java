package io.mesorecords.query.outcome;

import io.mesorecords.platform.storage.SideSchema;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A small context for the report's tests: H2 in memory migrated by the query side's Flyway scripts, an in-memory
 * event store to read patient streams from, and the report's own configuration. No processor runs: tests hand events
 * to the projection themselves, so they never wait for one.
 */
@SpringBootConfiguration
@Import(OutcomeReportConfiguration.class)
class OutcomeTestConfiguration {

    @Bean
    DataSource dataSource() {
        return new DriverManagerDataSource("jdbc:h2:mem:outcome-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Bean(initMethod = "migrate")
    Flyway querySchema(DataSource dataSource) {
        return SideSchema.flyway(dataSource, "query");
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean(destroyMethod = "shutDown")
    EmbeddedEventStore eventStore() {
        return EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
    }

    @Bean
    GivenEvents givenEvents(
            EmbeddedEventStore eventStore,
            OutcomeReportProjection projection,
            PlatformTransactionManager transactionManager,
            Flyway querySchema) {
        return new GivenEvents(eventStore, projection, transactionManager);
    }
}
