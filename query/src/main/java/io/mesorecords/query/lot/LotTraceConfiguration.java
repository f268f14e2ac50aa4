package io.mesorecords.query.lot;

import io.mesorecords.query.projection.Projection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LotTraceConfiguration {

    @Bean
    Projection lotTraceProjectionName() {
        return new Projection(LotTraceProjection.GROUP);
    }
}
