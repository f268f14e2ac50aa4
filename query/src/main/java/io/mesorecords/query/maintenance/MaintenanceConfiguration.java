package io.mesorecords.query.maintenance;

import io.mesorecords.query.projection.Projection;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaintenanceProperties.class)
class MaintenanceConfiguration {

    @Bean
    Projection maintenanceDueProjectionName() {
        return new Projection(MaintenanceDueProjection.GROUP);
    }
}
