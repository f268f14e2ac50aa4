package io.mesorecords.query.history;

import io.mesorecords.query.projection.PooledProjection;
import io.mesorecords.query.projection.ProjectionProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

    @Bean
    ConfigurerModule historyProcessor(ProjectionProperties properties) {
        return PooledProjection.of(PatientHistoryProjection.GROUP, properties);
    }
}
