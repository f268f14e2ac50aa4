package io.mesorecords.query.maintenance;

import io.mesorecords.query.projection.PooledProjection;
import io.mesorecords.query.projection.ProjectionProperties;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaintenanceProperties.class)
class MaintenanceConfiguration {

    @Bean
    ConfigurerModule maintenanceDueProcessor(ProjectionProperties properties) {
        return PooledProjection.of(MaintenanceDueProjection.GROUP, properties);
    }
}
