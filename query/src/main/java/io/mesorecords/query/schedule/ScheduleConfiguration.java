package io.mesorecords.query.schedule;

import io.mesorecords.query.projection.PooledProjection;
import io.mesorecords.query.projection.ProjectionProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

    @Bean
    ConfigurerModule scheduleProcessor(ProjectionProperties properties) {
        return PooledProjection.of(ScheduleProjection.GROUP, properties);
    }
}
