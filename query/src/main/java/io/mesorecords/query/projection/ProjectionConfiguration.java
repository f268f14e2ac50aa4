package io.mesorecords.query.projection;

import io.mesorecords.privacy.PersonalDataKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
class ProjectionConfiguration {

    /**
     * Every declared {@link Projection} runs in a pooled streaming processor reading the event store:
     * {@value ProjectionProperties#DEFAULT_PROCESSOR} for all of them unless {@code mesorecords.projections.processors}
     * says otherwise. A processor reads and deserializes each event once for all its projections and commits a batch's
     * row changes of all of them with its token (decision 27). Each processor takes the application's
     * {@code TransactionManager} (Axon's {@code SpringTransactionManager} over the read-model data source) and the JDBC
     * token store on the same data source, so a batch's row changes and its token advance commit together.
     */
    @Bean
    ConfigurerModule projectionProcessors(ObjectProvider<Projection> projections, ProjectionProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> {
            List<Projection> declared = projections.orderedStream().toList();
            Map<String, List<String>> processors = new LinkedHashMap<>();
            for (Projection projection : declared) {
                String processor = properties.processorOf(projection.name());
                processing.assignProcessingGroup(projection.name(), processor);
                processors.computeIfAbsent(processor, p -> new ArrayList<>()).add(projection.name());
            }
            processors.forEach((processor, names) -> processing.registerPooledStreamingEventProcessor(
                    processor, ProjectionConfiguration::source, (config, builder) -> builder.batchSize(
                                    properties.batchSize())
                            .initialSegmentCount(properties.segments())
                            .initialToken(new PredecessorTokens(
                                    processor,
                                    names,
                                    config.eventProcessingConfiguration().tokenStore(processor)))));
        });
    }

    /** The event store, with streams that wake an idle processor as soon as new events arrive. */
    static StreamableMessageSource<TrackedEventMessage<?>> source(Configuration config) {
        return NotifyingEventSource.of(config);
    }

    /** A rebuild of some of a processor's projections leaves the others alone ({@link RebuildScope}). */
    @Bean
    static RebuildScopeEnhancer rebuildScopeEnhancer() {
        return new RebuildScopeEnhancer();
    }

    /** Every event processor reads the data keys of a batch's patients in one look-up ({@link PersonalDataKeyPrefetch}). */
    @Bean
    ConfigurerModule personalDataKeyPrefetch(ObjectProvider<PersonalDataKeys> keys) {
        return configurer -> keys.ifAvailable(
                available -> configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                        (config, name) -> new PersonalDataKeyPrefetch(available))));
    }
}
