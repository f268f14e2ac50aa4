package io.mesorecords.query.lot;

import io.mesorecords.query.projection.PooledProjection;
import io.mesorecords.query.projection.ProjectionProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LotTraceConfiguration {

    @Bean
    ConfigurerModule lotTraceProcessor(ProjectionProperties properties) {
        return PooledProjection.of(LotTraceProjection.GROUP, properties);
    }
}
