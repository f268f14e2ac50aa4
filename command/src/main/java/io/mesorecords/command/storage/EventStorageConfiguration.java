package io.mesorecords.command.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the write side adds to Axon's JDBC event storage. */
@Configuration(proxyBeanMethods = false)
class EventStorageConfiguration {

    @Bean
    PersistenceExceptionResolver uniqueKeyViolationResolver() {
        return new UniqueKeyViolationResolver();
    }
}
