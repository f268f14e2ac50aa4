package io.mesorecords.query.projection;

import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

/**
 * Registers a projection's processing group as a pooled streaming processor reading the event store. The processor
 * takes the application's {@code TransactionManager} (Axon's {@code SpringTransactionManager} over the read-model
 * data source) and the JDBC token store on the same data source, so each batch's row changes and its token advance
 * commit together.
 */
public final class PooledProjection {

    private PooledProjection() {}

    public static ConfigurerModule of(String processingGroup, ProjectionProperties properties) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                processingGroup, PooledProjection::source, (config, builder) -> builder.batchSize(
                                properties.batchSize())
                        .initialSegmentCount(properties.segments())));
    }

    /** The event store, with streams that wake an idle processor as soon as new events arrive. */
    public static StreamableMessageSource<TrackedEventMessage<?>> source(Configuration config) {
        return NotifyingEventSource.of(config);
    }
}
