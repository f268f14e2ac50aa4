package io.mesorecords.query.axon;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.TargetContextResolver;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.axonserver.connector.query.QueryPriorityCalculator;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The query bus, built as Axon's auto-configuration builds it but without a transaction around every query handler
 * (decision 28). Axon's bus wraps each handler in a transaction of the default isolation; a handler that asks for its
 * own transaction then joins that one and its isolation is silently ignored, so the outcome report's repeatable-read
 * snapshot (cells and total from one snapshot) was read committed. Every other handler runs one statement, which is
 * its own snapshot, and the empty transaction around it cost a connection set-up and a commit per history read.
 * Handlers that need a transaction declare it themselves.
 *
 * <p>Both modes are defined here because Axon's Axon Server bus builds its local segment inline: on the JDBC default,
 * a {@link SimpleQueryBus}; with Axon Server, an {@link AxonServerQueryBus} whose local segment is that bus with the
 * correlation data interceptor Axon adds. Axon's own definitions back off ({@code @ConditionalOnMissingBean}). Both
 * follow Axon 4.13.0's auto-configuration: check them against it when Axon is upgraded.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class QueryBusConfiguration {

    /** The JDBC default, as {@code AxonAutoConfiguration.queryBus} (Axon 4.13.0) builds it, without a transaction. */
    @Bean
    @Qualifier("localSegment")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
    SimpleQueryBus queryBus(Configuration axon) {
        return localSegment(
                axon,
                axon.getComponent(QueryInvocationErrorHandler.class, () -> LoggingQueryInvocationErrorHandler.builder()
                        .build()));
    }

    /** Axon Server mode, in a class of its own so that nothing loads the connector's classes without it. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AxonServerQueryBus.class)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", matchIfMissing = true)
    static class AxonServerMode {

        /** As {@code AxonServerBusAutoConfiguration.queryBus} of Axon 4.13.0 builds it, bar the transaction manager. */
        @Bean
        AxonServerQueryBus axonServerQueryBus(
                AxonServerConnectionManager connectionManager,
                AxonServerConfiguration axonServerConfiguration,
                Configuration axon,
                @Qualifier("messageSerializer") Serializer messageSerializer,
                Serializer genericSerializer,
                QueryPriorityCalculator priorityCalculator,
                QueryInvocationErrorHandler errorHandler,
                TargetContextResolver<? super QueryMessage<?, ?>> targetContextResolver) {
            SimpleQueryBus local = localSegment(axon, errorHandler);
            local.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
            AxonServerQueryBus.Builder builder = AxonServerQueryBus.builder()
                    .axonServerConnectionManager(connectionManager)
                    .configuration(axonServerConfiguration)
                    .localSegment(local)
                    .updateEmitter(local.queryUpdateEmitter())
                    .messageSerializer(messageSerializer)
                    .genericSerializer(genericSerializer)
                    .priorityCalculator(priorityCalculator)
                    .targetContextResolver(targetContextResolver)
                    .spanFactory(axon.getComponent(QueryBusSpanFactory.class));
            if (axonServerConfiguration.isShortcutQueriesToLocalHandlers()) {
                builder.enabledLocalSegmentShortCut();
            }
            return builder.build();
        }
    }

    /** No {@code transactionManager}: the builder's default is none, so no handler runs inside a bus transaction. */
    static SimpleQueryBus localSegment(Configuration axon, QueryInvocationErrorHandler errorHandler) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(errorHandler)
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
