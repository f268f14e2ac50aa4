package io.mesorecords.command.axon;

import io.mesorecords.command.record.RecordRules;
import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring of the patient record. The bean names are referenced by name from {@code @Aggregate} on
 * {@code PatientRecord}. Declaring correlation data providers replaces Axon's default {@code MessageOriginProvider}
 * (it is conditional on no provider being present), so the correlation id is the request's, not the command's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecordRules.class)
public class PatientRecordAxonConfiguration {

    /**
     * Refusals answered with their rejection as details by the local command bus segment, wherever the command came
     * from (this node's gateway or Axon Server); see {@link RejectionDetailsCommandBus}.
     */
    @Bean
    static BeanPostProcessor rejectionDetailsOnTheLocalSegment() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SimpleCommandBus local ? new RejectionDetailsCommandBus(local) : bean;
            }
        };
    }

    @Bean
    public CommandTargetResolver patientCommandTargetResolver() {
        return new PatientCommandTargetResolver();
    }

    @Bean
    public RoutingStrategy patientRoutingStrategy() {
        return new PatientRoutingStrategy();
    }

    @Bean
    public CorrelationDataProvider recordMetadataCorrelation() {
        return new RecordMetadataCorrelation();
    }

    @Bean
    public CorrelationDataProvider causationCorrelation() {
        return new CausationCorrelation();
    }

    @Bean
    public SnapshotTriggerDefinition patientSnapshotTrigger(
            Snapshotter snapshotter, @Value("${mesorecords.snapshots.threshold:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * The most recently used records, strongly held ({@link BoundedRecordCache}); whether a cached record is the latest
     * is asked of the event store on a command's refusal, or on every command: see {@link LatestRecordCache}.
     */
    @Bean
    LatestRecordCache patientRecordCache(
            EventStore eventStore,
            @Value("${mesorecords.commands.record-cache-size:16384}") int capacity,
            @Value("${mesorecords.commands.cached-record-check:on-refusal}") CachedRecordCheck check) {
        return new LatestRecordCache(new BoundedRecordCache(capacity), eventStore, check);
    }

    /** Registered on the command bus by Axon's auto-configuration, as every handler interceptor bean is. */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> cachedRecordRecheck(LatestRecordCache patientRecordCache) {
        return new CachedRecordRecheck(patientRecordCache);
    }

    /** Axon's own gateway (it backs off when this bean exists), plus the retry of a lost append race. */
    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ConcurrentAppendRetry concurrentAppendRetry) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(concurrentAppendRetry)
                .build();
    }

    @Bean
    ConcurrentAppendRetry concurrentAppendRetry(
            @Value("${mesorecords.commands.concurrent-append-retries:3}") int retries,
            @Value("${mesorecords.commands.concurrent-append-backoff:20ms}") Duration backOff) {
        return new ConcurrentAppendRetry(retries, backOff.toMillis());
    }
}
