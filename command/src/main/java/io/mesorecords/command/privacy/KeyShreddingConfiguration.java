package io.mesorecords.command.privacy;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The key shredder in a subscribing processor whose handler failures propagate: Axon's default for a handler failure
 * is to log it and carry on, which would record an erasure that left the key alive.
 */
@Configuration(proxyBeanMethods = false)
class KeyShreddingConfiguration {

    @Bean
    ConfigurerModule keyShreddingProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(KeyShredder.GROUP)
                .registerListenerInvocationErrorHandler(
                        KeyShredder.GROUP, config -> PropagatingErrorHandler.instance()));
    }
}
