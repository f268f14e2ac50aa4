package io.mesorecords.command.integrity;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces the event storage engine of Axon's {@code JdbcAutoConfiguration} (which backs off when one is declared) with
 * the chained one, built with exactly the settings Axon's own bean uses (its {@code EventSchema} bean
 * backs off too, hence the default schema here). In Axon Server mode Axon Server stores the
 * events and this engine is not used (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
class RecordChainConfiguration {

    @Bean
    EventForms eventForms(@Qualifier("eventSerializer") Serializer eventSerializer) {
        return new EventForms(eventSerializer);
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            RecordChainStore chain,
            EventForms forms,
            @Value("${mesorecords.events.read-batch-size:1000}") int readBatchSize) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                // Events per query when a processor reads the store (Axon's default is 100): a rebuild reads every
                // event once per processor, one round trip per batch.
                .batchSize(readBatchSize);
        return new ChainedJdbcEventStorageEngine(builder, chain, forms, transactionManager);
    }
}
