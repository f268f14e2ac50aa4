package io.mesorecords.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.mesorecords.privacy.PersonalDataSerializer;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.updates.UpdateChecker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every database configuration must wire: the chosen storage engine, a persistent token store, Spring's transactions. */
abstract class StorageWiringContract {

    @Autowired
    EventStorageEngine storageEngine;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager axonTransactionManager;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    abstract String expectedDatabaseProduct();

    @Test
    void eventsAreStoredByTheJdbcStorageEngine() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
    }

    @Test
    void trackingTokensArePersistedInTheDatabase() {
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void axonRunsInSpringTransactions() {
        assertThat(axonTransactionManager).isInstanceOf(SpringTransactionManager.class);
    }

    @Test
    void eventsAreSerializedWithJackson3AndTheirPersonalDataEncrypted() {
        assertThat(eventSerializer).isInstanceOf(PersonalDataSerializer.class);
        assertThat(context.getBean("serializer")).isInstanceOf(Jackson3Serializer.class);
    }

    @Test
    void runsOnTheConfiguredDatabase() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void flywayCreatedTheAxonTablesOnBothSides() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM DomainEventEntry")
                        .query(Long.class)
                        .single())
                .isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM TokenEntry").query(Long.class).single())
                .isNotNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_command_history\" WHERE \"success\" = TRUE")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_query_history\" WHERE \"success\" = TRUE")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void neverPhonesHome() {
        assertThat(context.getBeanProvider(UpdateChecker.class).getIfAvailable())
                .isNull();
        assertThat(context.getEnvironment().getProperty("axon.update-check.disabled", Boolean.class))
                .isTrue();
    }
}
