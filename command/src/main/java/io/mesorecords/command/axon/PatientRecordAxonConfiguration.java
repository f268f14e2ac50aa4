package io.mesorecords.command.axon;

import io.mesorecords.command.record.RecordRules;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.beans.factory.annotation.Value;
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

    @Bean
    public Cache patientRecordCache() {
        return new WeakReferenceCache();
    }
}
